/**
 * The role groups of {@link aggregate}, under complementary suppression (see suppress.ts): the
 * role list with its sizes, and each tension's groups. What is hidden from the shown groups is
 * none or at least `minGroupSize` people on every count and every figure, so no answer (and no
 * size under the minimum) can be worked out by subtracting the shown groups from the team.
 */
import type { Accumulated, RoleAcc, TensionAcc } from './accumulate.js';
import { compareText } from './options.js';
import { statsFromCounts, difference, larger } from './stats.js';
import { complementaryHidden } from './suppress.js';
import type { OtherRoles, OtherRolesSummary, RoleCount, RoleTensionSummary } from './types.js';

/** The role list: which roles are shown, the pooled "Other roles", and who has no role. */
export interface RoleList {
  roles: RoleCount[];
  otherRoles: OtherRoles | null;
  withoutRole: number | null;
  /** Role indexes (into `Accumulated.roleNames`) shown in the list. */
  shown: Set<number>;
}

/**
 * The role list under complementary suppression of the sizes: the people without a role count
 * as one more group. `roleOrder` lists role indexes sorted by name.
 */
export function roleList(now: Accumulated, roleOrder: readonly number[], min: number): RoleList {
  const units = roleOrder.map((r) => ({ sizes: [now.roleSizes[r]!] }));
  if (now.withoutRole > 0) units.push({ sizes: [now.withoutRole] });
  const hidden = complementaryHidden(units, min);
  const shown = new Set(roleOrder.filter((_, i) => !hidden[i]));
  const roles: RoleCount[] = roleOrder.map((r) => {
    const size = now.roleSizes[r]!;
    const visible = shown.has(r);
    return { role: now.roleNames[r]!, n: visible ? size : null, shown: visible, small: size < min };
  });
  const withoutRoleHidden = now.withoutRole > 0 && hidden[roleOrder.length] === true;
  const pooled = roles.filter((role) => !role.shown).map((role) => role.role);
  let otherRoles: OtherRoles | null = null;
  if (shown.size > 0 && (pooled.length > 0 || withoutRoleHidden)) {
    const n = units.reduce((sum, unit, i) => sum + (hidden[i] ? unit.sizes[0]! : 0), 0);
    otherRoles = { roles: pooled, withoutRole: withoutRoleHidden, n };
  }
  return { roles, otherRoles, withoutRole: withoutRoleHidden ? null : now.withoutRole, shown };
}

/** One tension's role groups. */
export interface TensionGroups {
  byRole: Record<string, RoleTensionSummary>;
  otherRoles: OtherRolesSummary | null;
  suppressedRoles: string[];
  heldBackRoles: string[];
  /** The shown groups' means, for the role differences. */
  means: { role: string; current: number | null; desired: number | null }[];
}

function summary(n: number, current: Uint32Array, desired: Uint32Array): RoleTensionSummary {
  const rc = statsFromCounts(current, 0);
  const rd = statsFromCounts(desired, 0);
  return {
    n,
    current: rc,
    desired: rd,
    gap: difference(rd.mean, rc.mean),
    spread: larger(rc.sd, rd.sd),
  };
}

function answered(counts: Uint32Array): number {
  let n = 0;
  for (const count of counts) n += count;
  return n;
}

/**
 * A tension's role groups. A role is hidden on the tension when it is hidden in the role list or
 * fewer than `min` of its members answered either question; the members without a role are
 * never a group of their own. Complementary suppression then runs on the members, the answers to
 * "where we are" and those to "where we should be" (all three are shown per group); the hidden
 * respondents become "Other roles" when at least one role is shown beside them.
 */
export function tensionGroups(
  acc: TensionAcc,
  now: Accumulated,
  roleOrder: readonly number[],
  list: RoleList,
  min: number,
): TensionGroups {
  const present = roleOrder.filter((r) => acc.roles[r] !== undefined);
  const sizes = (ra: RoleAcc) => [ra.n, answered(ra.current), answered(ra.desired)];
  const units = present.map((r) => ({
    sizes: sizes(acc.roles[r]!),
    alwaysHidden: !list.shown.has(r),
  }));
  // Everyone on the tension not in a role group: the people without a role.
  const roleTotals = [0, 0, 0];
  for (const unit of units) unit.sizes.forEach((size, k) => (roleTotals[k]! += size));
  const team = [acc.n, answered(acc.current), answered(acc.desired)];
  const noRole = team.map((size, k) => size - roleTotals[k]!);
  const hidden = complementaryHidden([...units, { sizes: noRole, alwaysHidden: true }], min);

  const byRole = Object.create(null) as Record<string, RoleTensionSummary>;
  const suppressedRoles: string[] = [];
  const heldBackRoles: string[] = [];
  const means: TensionGroups['means'] = [];
  // The hidden respondents' counts: the team's minus every shown group's.
  const otherCurrent = acc.current.slice();
  const otherDesired = acc.desired.slice();
  let otherN = acc.n;
  // A role hidden in the role list is named as hidden on every tension, whether or not its
  // members answered this one: naming it only where they did would tell who skipped a tension.
  for (const r of roleOrder) {
    if (acc.roles[r] !== undefined || list.shown.has(r)) continue;
    suppressedRoles.push(now.roleNames[r]!);
    if (now.roleSizes[r]! >= min) heldBackRoles.push(now.roleNames[r]!);
  }
  present.forEach((r, i) => {
    const role = now.roleNames[r]!;
    const ra = acc.roles[r]!;
    if (hidden[i]) {
      suppressedRoles.push(role);
      // Enough answers of its own: hidden only so that a smaller group cannot be worked out.
      if (!units[i]!.sizes.some((size) => size < min)) heldBackRoles.push(role);
      return;
    }
    const group = summary(ra.n, ra.current, ra.desired);
    byRole[role] = group;
    means.push({ role, current: group.current.mean, desired: group.desired.mean });
    otherN -= ra.n;
    for (let p = 0; p < otherCurrent.length; p++) {
      otherCurrent[p]! -= ra.current[p]!;
      otherDesired[p]! -= ra.desired[p]!;
    }
  });
  suppressedRoles.sort(compareText);
  heldBackRoles.sort(compareText);
  const otherRoles =
    means.length > 0 && otherN > 0
      ? {
          ...summary(otherN, otherCurrent, otherDesired),
          roles: suppressedRoles.slice(),
          // Whether the team has people without a role, not whether they answered here.
          withoutRole: now.withoutRole > 0,
        }
      : null;
  return { byRole, otherRoles, suppressedRoles, heldBackRoles, means };
}
