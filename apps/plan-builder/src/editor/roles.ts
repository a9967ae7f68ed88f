import type { AgencyRef, Role, RoleAssignment } from "@kehoach/plan-model";

/**
 * The roles of a task with the agencies of one role replaced. Other roles keep their order; the
 * new list stands where that role stood; an agency that stays keeps its label and confirmation.
 */
export function replaceRole(
  roles: readonly RoleAssignment[],
  role: Role,
  refs: readonly AgencyRef[],
): RoleAssignment[] {
  const previous = new Map(roles.filter((r) => r.role === role).map((r) => [r.agency.name, r]));
  const kept = refs.map((agency): RoleAssignment => {
    const old = previous.get(agency.name);
    return old ? { ...old, agency } : { role, agency };
  });
  const first = roles.findIndex((r) => r.role === role);
  const others = roles.filter((r) => r.role !== role);
  const at = first === -1 ? others.length : roles.slice(0, first).filter((r) => r.role !== role).length;
  return [...others.slice(0, at), ...kept, ...others.slice(at)];
}
