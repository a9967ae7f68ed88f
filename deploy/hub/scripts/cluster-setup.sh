#!/bin/sh
# Joins couchdb-1, -2 and -3 into one cluster (CouchDB's /_cluster_setup), then creates the
# system databases. Safe to run again: a node already in the cluster is reported and skipped.
set -eu
ADMIN="$COUCHDB_USER:$COUCHDB_PASSWORD"
COORDINATOR="http://couchdb-1.hub:5984"
post() { curl -sS -u "$ADMIN" -H 'Content-Type: application/json' -X POST "$COORDINATOR/_cluster_setup" -d "$1"; echo; }

for node in couchdb-1.hub couchdb-2.hub couchdb-3.hub; do
  until curl -fsS "http://$node:5984/_up" >/dev/null; do echo "Chờ $node…"; sleep 2; done
done
for node in couchdb-2.hub couchdb-3.hub; do
  post "{\"action\":\"enable_cluster\",\"bind_address\":\"0.0.0.0\",\"username\":\"$COUCHDB_USER\",\"password\":\"$COUCHDB_PASSWORD\",\"port\":5984,\"node_count\":\"3\",\"remote_node\":\"$node\",\"remote_current_user\":\"$COUCHDB_USER\",\"remote_current_password\":\"$COUCHDB_PASSWORD\"}"
  post "{\"action\":\"add_node\",\"host\":\"$node\",\"port\":5984,\"username\":\"$COUCHDB_USER\",\"password\":\"$COUCHDB_PASSWORD\"}"
done
post '{"action":"finish_cluster"}'
echo "Thành viên cụm:"
curl -sS -u "$ADMIN" "$COORDINATOR/_membership"; echo
