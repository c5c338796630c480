// How findings are ordered and counted everywhere in the extension (badge, popup): one place, so
// the badge and the popup never disagree.

export const SEVERITY_RANK = { violation: 0, warning: 1, 'needs-review': 2, pass: 3 };

// Which findings a mode shows: shoppers see what is wrong, owners and auditors see everything.
export function shownIn(mode, f) {
  return mode === 'owner' || f.severity === 'violation' || f.severity === 'warning';
}

export function counts(findings) {
  const c = { violation: 0, warning: 0, 'needs-review': 0, pass: 0 };
  for (const f of findings) if (f.severity in c) c[f.severity] += 1;
  return c;
}

// The toolbar badge: the number of open violations in red; with none, the number of warnings in
// amber; nothing when all is well. A pre-ticked box the user unticked is still the shop's violation
// (the popup says so) but needs nothing more from the user on this order, so it is not counted.
export function badgeFor(findings) {
  const c = counts(findings.filter((f) => f.state !== 'resolved-by-user'));
  if (c.violation) return { text: String(c.violation), color: '#c62828' };
  if (c.warning) return { text: String(c.warning), color: '#b45309' };
  return { text: '', color: '#2e7d32' };
}

// Groups findings by Toetsingskader section, worst section first, worst finding first within one.
export function bySection(findings) {
  const groups = new Map();
  for (const f of findings) {
    const id = f.section ? f.section.id : '';
    if (!groups.has(id)) groups.set(id, { id, name: f.section ? f.section.name : '', findings: [] });
    groups.get(id).findings.push(f);
  }
  const worst = (g) => Math.min(...g.findings.map((f) => SEVERITY_RANK[f.severity] ?? 9));
  for (const g of groups.values()) {
    g.findings.sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9));
  }
  return [...groups.values()].sort((a, b) => worst(a) - worst(b));
}
