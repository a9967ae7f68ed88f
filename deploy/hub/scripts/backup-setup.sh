#!/bin/sh
# Continuous replication of every Kế hoạch Kit database (kh_…) and of _users from the cluster to
# the backup node. The jobs live on the backup node and pull, so the backup keeps running when
# the cluster is replaced. Run it after each hub:setup that added a unit; jobs that exist stay.
set -eu
ADMIN="$COUCHDB_USER:$COUCHDB_PASSWORD"
CLUSTER="http://couchdb-1.hub:5984"
BACKUP="http://couchdb-backup.hub:5984"
AUTH="Basic $(printf '%s' "$ADMIN" | base64 | tr -d '\n')"

until curl -fsS "$BACKUP/_up" >/dev/null; do echo "Chờ nút dự phòng…"; sleep 2; done
curl -sS -u "$ADMIN" -X PUT "$BACKUP/_users" >/dev/null || true
curl -sS -u "$ADMIN" -X PUT "$BACKUP/_replicator" >/dev/null || true
dbs=$(curl -fsS -u "$ADMIN" "$CLUSTER/_all_dbs" | tr -d '[]"' | tr ',' '\n' | grep -E '^(kh_|_users$)' || true)
for db in $dbs; do
  id="backup-$(echo "$db" | tr -c 'a-zA-Z0-9_-\n' '-')"
  status=$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN" "$BACKUP/_replicator/$id")
  if [ "$status" = "200" ]; then echo "  $db: đã sao lưu liên tục"; continue; fi
  curl -fsS -u "$ADMIN" -H 'Content-Type: application/json' -X PUT "$BACKUP/_replicator/$id" -d "{
    \"source\": {\"url\": \"$CLUSTER/$db\", \"headers\": {\"Authorization\": \"$AUTH\"}},
    \"target\": {\"url\": \"$BACKUP/$db\", \"headers\": {\"Authorization\": \"$AUTH\"}},
    \"create_target\": true, \"continuous\": true
  }" >/dev/null
  echo "  $db: bắt đầu sao lưu liên tục"
done
