//! A record's known versions as a tree (each names the version it replaced), and which of them
//! wins where one version was replaced on two computers: what [`super::merge`] settles from, and
//! what a write here says it had seen ([`Tree::seen`]).

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, Connection};

use super::Version;
use crate::store::StoreError;

/// One known version: the one it replaced, whether it was a delete, and the ends of losing
/// branches its computer had settled when it was made (for kinds that merge fields).
pub(crate) struct Node {
    pub parent: Option<Version>,
    pub deleted: bool,
    pub seen: Vec<Version>,
}

/// A record's known versions.
pub(crate) struct Tree {
    pub nodes: BTreeMap<Version, Node>,
    /// The versions that replaced each one; under `None`, the first versions.
    children: BTreeMap<Option<Version>, Vec<Version>>,
}

/// Where a record's versions lead from one version on, taking the winner at each step.
pub(crate) struct Line {
    pub end: Version,
    /// The first versions of the branches that lost on the way.
    pub losers: Vec<Version>,
}

/// A list of versions as stored: 8 bytes of clock and 16 of computer id each.
pub(crate) fn encode(versions: &[Version]) -> Vec<u8> {
    versions.iter().flat_map(|v| v.hlc.to_be_bytes().into_iter().chain(v.device)).collect()
}

fn decode(bytes: &[u8]) -> Vec<Version> {
    bytes
        .chunks_exact(24)
        .map(|c| {
            let mut hlc = [0u8; 8];
            hlc.copy_from_slice(&c[..8]);
            let mut device = [0u8; 16];
            device.copy_from_slice(&c[8..]);
            Version { hlc: u64::from_be_bytes(hlc), device }
        })
        .collect()
}

impl Tree {
    pub(crate) fn load(conn: &Connection, table: &str, id: &[u8; 16]) -> Result<Tree, StoreError> {
        type Row = (i64, Vec<u8>, Option<i64>, Option<Vec<u8>>, bool, Option<Vec<u8>>);
        let rows: Vec<Row> = conn
            .prepare_cached(
                "SELECT hlc, device, parent_hlc, parent_device, deleted, seen FROM sync_versions
                 WHERE tbl = ?1 AND id = ?2",
            )?
            .query_map(params![table, &id[..]], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut nodes = BTreeMap::new();
        for (hlc, device, parent_hlc, parent_device, deleted, seen) in rows {
            let Ok(device) = device.try_into() else { continue };
            let parent = match (parent_hlc, parent_device.and_then(|d| d.try_into().ok())) {
                (Some(hlc), Some(device)) => Some(Version { hlc: hlc as u64, device }),
                _ => None,
            };
            let seen = seen.as_deref().map(decode).unwrap_or_default();
            nodes.insert(Version { hlc: hlc as u64, device }, Node { parent, deleted, seen });
        }
        Ok(Tree::of(nodes))
    }

    fn of(nodes: BTreeMap<Version, Node>) -> Tree {
        let mut children: BTreeMap<Option<Version>, Vec<Version>> = BTreeMap::new();
        for (&v, node) in &nodes {
            // A parent not known here (only damage does that) makes a first version.
            let parent = node.parent.filter(|p| nodes.contains_key(p) && *p != v);
            children.entry(parent).or_default().push(v);
        }
        Tree { nodes, children }
    }

    pub(crate) fn deleted(&self, v: Version) -> bool {
        self.nodes.get(&v).is_some_and(|n| n.deleted)
    }

    /// The version `v` replaced, as this tree has it (none for a first version).
    pub(crate) fn parent(&self, v: Version) -> Option<Version> {
        self.nodes.get(&v).and_then(|n| n.parent).filter(|p| self.nodes.contains_key(p) && *p != v)
    }

    pub(crate) fn is_leaf(&self, v: Version) -> bool {
        !self.children.contains_key(&Some(v))
    }

    /// The version that wins among those that replaced `at` (`None`: among first versions),
    /// and the ones that lost: the latest edit, else the latest delete.
    fn next(&self, at: Option<Version>) -> Option<(Version, Vec<Version>)> {
        let children = self.children.get(&at)?;
        let winner = *children.iter().filter(|v| !self.deleted(**v)).max().or_else(|| children.iter().max())?;
        Some((winner, children.iter().filter(|v| **v != winner).copied().collect()))
    }

    /// The line from `from` (`None`: from the start) to its end.
    pub(crate) fn line(&self, from: Option<Version>) -> Option<Line> {
        let mut losers = Vec::new();
        let mut at = from;
        for _ in 0..=self.nodes.len() {
            let Some((winner, lost)) = self.next(at) else { break };
            losers.extend(lost);
            at = Some(winner);
        }
        at.map(|end| Line { end, losers })
    }

    /// The branches starting at `firsts`, and those that lost within them, each as its first
    /// version and where it ends.
    pub(crate) fn ends(&self, firsts: &[Version]) -> Vec<(Version, Version)> {
        let mut out = Vec::new();
        let mut todo = firsts.to_vec();
        while let Some(first) = todo.pop() {
            if out.len() > self.nodes.len() {
                break;
            }
            if let Some(line) = self.line(Some(first)) {
                out.push((first, line.end));
                todo.extend(line.losers);
            }
        }
        out
    }

    /// `first` and every version after it.
    pub(crate) fn branch(&self, first: Version) -> Vec<Version> {
        let mut out = Vec::new();
        let mut todo = vec![first];
        while let Some(v) = todo.pop() {
            if out.len() > self.nodes.len() {
                break;
            }
            out.push(v);
            todo.extend(self.children.get(&Some(v)).into_iter().flatten());
        }
        out
    }

    /// The ends of losing branches that were not deleted: what a write made here now has seen.
    pub(crate) fn seen(&self) -> Vec<Version> {
        let Some(line) = self.line(None) else { return Vec::new() };
        self.ends(&line.losers).into_iter().map(|(_, end)| end).filter(|e| !self.deleted(*e)).collect()
    }

    /// What any version had seen: the ends a person saw settled before writing on top, on
    /// whichever branch they wrote (a delete on a branch that lost still saw them).
    pub(crate) fn seen_by_any(&self) -> BTreeSet<Version> {
        self.nodes.values().flat_map(|n| n.seen.iter().copied()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(hlc: u64) -> Version {
        Version { hlc, device: [hlc as u8; 16] }
    }

    /// A tree from `(version, parent, deleted)`.
    fn tree(rows: &[(u64, Option<u64>, bool)]) -> Tree {
        Tree::of(
            rows.iter()
                .map(|&(at, parent, deleted)| (v(at), Node { parent: parent.map(v), deleted, seen: vec![] }))
                .collect(),
        )
    }

    #[test]
    fn the_latest_edit_wins_and_the_other_branch_is_kept() {
        let t = tree(&[(1, None, false), (2, Some(1), false), (3, Some(1), false), (4, Some(2), false)]);
        let line = t.line(None).unwrap();
        // 3 beats 2 by its own version, though 2's branch goes on to 4: a branch that lost once
        // stays lost whatever comes after it.
        assert_eq!(line.end, v(3));
        assert_eq!(line.losers, vec![v(2)]);
        assert_eq!(t.ends(&line.losers), vec![(v(2), v(4))]);
        assert_eq!(t.branch(v(2)), vec![v(2), v(4)]);
    }

    #[test]
    fn an_edit_beats_a_delete_of_the_same_version_even_a_later_one() {
        let t = tree(&[(1, None, false), (2, Some(1), false), (3, Some(1), true)]);
        assert_eq!(t.line(None).unwrap().end, v(2));
        // With only deletes, the latest; an undo after a delete goes on from it.
        let t = tree(&[(1, None, false), (2, Some(1), true), (3, Some(1), true), (4, Some(3), false)]);
        assert_eq!(t.line(None).unwrap().end, v(4));
    }

    #[test]
    fn what_a_write_has_seen_is_the_ends_of_branches_not_deleted() {
        let t = tree(&[
            (1, None, false),
            (2, Some(1), false),
            (3, Some(1), false),
            (4, Some(1), true),
            (5, Some(2), false),
        ]);
        assert_eq!(t.seen(), vec![v(5)]);
    }

    #[test]
    fn a_damaged_table_never_loops() {
        // A version that names itself, and two that name each other: none is reached from a
        // first version, and nothing walks forever.
        let t = tree(&[(1, None, false), (2, Some(2), false), (3, Some(4), false), (4, Some(3), false)]);
        assert!(t.line(None).is_some());
        assert!(t.branch(v(3)).len() <= 5);
    }
}
