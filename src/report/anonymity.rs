//! The minimum group size: which profile groups may be shown, and which must be pooled or
//! hidden so that no group smaller than the minimum can be seen or worked out by
//! subtracting the shown groups from the total.

/// A group of respondents sharing a profile answer (`None`: did not say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub code: Option<String>,
    pub n: usize,
}

/// What may be shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// Groups shown on their own, largest first.
    pub shown: Vec<Group>,
    /// Groups shown together as one pooled group (at least the minimum in all).
    pub pooled: Vec<Group>,
    /// Groups not shown at all (only when even pooling everything stays under the minimum).
    pub hidden: Vec<Group>,
}

impl Plan {
    /// Respondents in the pooled group.
    pub fn pooled_n(&self) -> usize {
        self.pooled.iter().map(|g| g.n).sum()
    }
}

/// Decides which groups can be shown with `min` respondents at least.
///
/// Groups under the minimum are pooled. When the pool itself is under the minimum it
/// could be worked out as the total minus the shown groups, so the smallest shown group
/// joins it, again and again, until the pool reaches the minimum. When even every group
/// together is under the minimum, nothing is shown.
pub fn plan(groups: &[Group], min: usize) -> Plan {
    let ns: Vec<usize> = groups.iter().map(|g| g.n).collect();
    // Ties in a stable order: named groups by code, "not stated" last.
    let (shown, pooled, hidden) = plan_indices(&ns, min, |a, b| {
        let (a, b) = (&groups[a], &groups[b]);
        a.code
            .is_none()
            .cmp(&b.code.is_none())
            .then_with(|| a.code.cmp(&b.code))
    });
    let pick = |indices: Vec<usize>| indices.into_iter().map(|i| groups[i].clone()).collect();
    Plan {
        shown: pick(shown),
        pooled: pick(pooled),
        hidden: pick(hidden),
    }
}

/// The same plan for groups known by their position, with `ns[i]` members each (ties in
/// order of position): the positions of the groups that may not be shown on their own
/// (pooled or hidden).
pub fn not_shown(ns: &[usize], min: usize) -> Vec<usize> {
    let (_, pooled, hidden) = plan_indices(ns, min, |a, b| a.cmp(&b));
    let mut out: Vec<usize> = pooled.into_iter().chain(hidden).collect();
    out.sort_unstable();
    out
}

/// The plan over positions: (shown, pooled, hidden), each largest first, ties broken by
/// `tie`. Groups of 0 are in none.
fn plan_indices(
    ns: &[usize],
    min: usize,
    tie: impl Fn(usize, usize) -> std::cmp::Ordering,
) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let order = |a: &usize, b: &usize| ns[*b].cmp(&ns[*a]).then_with(|| tie(*a, *b));
    let mut shown: Vec<usize> = (0..ns.len()).filter(|&i| ns[i] >= min).collect();
    let mut pooled: Vec<usize> = (0..ns.len())
        .filter(|&i| ns[i] > 0 && ns[i] < min)
        .collect();
    shown.sort_by(order);
    pooled.sort_by(order);
    if pooled.is_empty() {
        return (shown, pooled, Vec::new());
    }
    while pooled.iter().map(|&i| ns[i]).sum::<usize>() < min {
        match shown.pop() {
            Some(smallest) => pooled.push(smallest),
            None => return (Vec::new(), Vec::new(), pooled),
        }
    }
    (shown, pooled, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(code: &str, n: usize) -> Group {
        Group {
            code: (!code.is_empty()).then(|| code.to_owned()),
            n,
        }
    }

    fn codes(groups: &[Group]) -> Vec<String> {
        groups
            .iter()
            .map(|g| g.code.clone().unwrap_or_else(|| "-".into()))
            .collect()
    }

    #[test]
    fn groups_at_or_above_the_minimum_are_shown() {
        let p = plan(&[g("a", 3), g("b", 5)], 3);
        assert_eq!(codes(&p.shown), ["b", "a"]);
        assert!(p.pooled.is_empty() && p.hidden.is_empty());
    }

    /// The subtraction case: a=4, b=4, c=1, total 9. Hiding c alone would let anyone
    /// compute c as total − a − b; so the smallest shown group joins the pool.
    #[test]
    fn a_single_small_group_takes_the_smallest_other_group_with_it() {
        let p = plan(&[g("a", 4), g("b", 5), g("c", 1)], 3);
        assert_eq!(codes(&p.shown), ["b"]);
        assert_eq!(codes(&p.pooled), ["c", "a"]);
        assert_eq!(p.pooled_n(), 5);
    }

    #[test]
    fn small_groups_that_reach_the_minimum_together_are_pooled() {
        let p = plan(&[g("a", 6), g("b", 1), g("c", 2), g("", 1)], 3);
        assert_eq!(codes(&p.shown), ["a"]);
        assert_eq!(codes(&p.pooled), ["c", "b", "-"]);
        assert_eq!(p.pooled_n(), 4);
    }

    #[test]
    fn groups_known_by_position_follow_the_same_plan() {
        // Item answered by 2 in group 0, 5 in group 1, none in group 2: group 0 alone would
        // be the total minus group 1, so both are withheld; group 2 shows nothing anyway.
        assert_eq!(not_shown(&[2, 5, 0], 3), [0, 1]);
        assert_eq!(not_shown(&[4, 5, 1], 3), [0, 2]);
        assert_eq!(not_shown(&[3, 4], 3), Vec::<usize>::new());
        // Ties go to the later position first, as named groups go by code.
        assert_eq!(not_shown(&[4, 4, 1], 3), [1, 2]);
    }

    #[test]
    fn when_everything_is_too_small_nothing_is_shown() {
        let p = plan(&[g("a", 1), g("b", 1)], 3);
        assert!(p.shown.is_empty() && p.pooled.is_empty());
        assert_eq!(codes(&p.hidden), ["a", "b"]);
        let p = plan(&[g("a", 2), g("b", 2)], 5);
        assert_eq!(codes(&p.hidden), ["a", "b"]);
    }

    #[test]
    fn every_combination_keeps_every_visible_or_derivable_group_at_the_minimum() {
        // Exhaustive over small partitions: whatever is shown or derivable by subtraction
        // (total − shown) is either empty or at least the minimum.
        for min in 1..=4 {
            for a in 0..6 {
                for b in 0..6 {
                    for c in 0..6 {
                        for d in 0..3 {
                            let groups = [g("a", a), g("b", b), g("c", c), g("", d)];
                            let p = plan(&groups, min);
                            for s in &p.shown {
                                assert!(s.n >= min);
                            }
                            let shown_total: usize =
                                p.shown.iter().map(|s| s.n).sum::<usize>() + p.pooled_n();
                            let total = a + b + c + d;
                            if !p.shown.is_empty() || !p.pooled.is_empty() {
                                assert_eq!(shown_total, total, "nothing is silently dropped");
                                assert!(p.pooled.is_empty() || p.pooled_n() >= min);
                            } else {
                                assert!(total < min || total == 0, "{groups:?} min {min}");
                            }
                        }
                    }
                }
            }
        }
    }
}
