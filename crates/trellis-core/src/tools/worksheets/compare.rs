//! Two worksheets side by side, area by area.

use serde::Serialize;

use super::{AreaAnswer, Worksheet};

/// How one area differs between two worksheets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum AreaChange {
    Same,
    /// Empty (or absent) before, filled in after.
    Added,
    Changed,
    /// Filled in before, empty (or absent) after.
    Removed,
}

/// One area of a comparison.
#[derive(Clone, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AreaComparison {
    pub area: String,
    pub name: String,
    pub change: AreaChange,
    /// The answers that differ: `mine`, `theirs`, `middle`, `specific`, …
    pub fields: Vec<String>,
    pub before: Option<AreaAnswer>,
    pub after: Option<AreaAnswer>,
}

impl std::fmt::Debug for AreaComparison {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AreaComparison({}, {:?}, {:?})", self.area, self.change, self.fields)
    }
}

/// Two worksheets side by side.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Comparison {
    pub before: Worksheet,
    pub after: Worksheet,
    pub areas: Vec<AreaComparison>,
}

/// Marks, area by area, what changed from `before` to `after`.
pub(crate) fn compare(before: Worksheet, after: Worksheet) -> Comparison {
    let mut ids: Vec<(&str, &str)> = before.areas.iter().map(|a| (a.area.as_str(), a.name.as_str())).collect();
    for a in &after.areas {
        if !ids.iter().any(|(id, _)| *id == a.area) {
            ids.push((&a.area, &a.name));
        }
    }
    let find = |w: &Worksheet, id: &str| w.areas.iter().find(|a| a.area == id).filter(|a| a.is_filled()).cloned();
    let areas = ids
        .into_iter()
        .map(|(id, name)| {
            let (b, a) = (find(&before, id), find(&after, id));
            let (change, fields) = match (&b, &a) {
                (None, None) => (AreaChange::Same, Vec::new()),
                (None, Some(_)) => (AreaChange::Added, Vec::new()),
                (Some(_), None) => (AreaChange::Removed, Vec::new()),
                (Some(b), Some(a)) => {
                    let fields: Vec<String> = b
                        .fields()
                        .iter()
                        .zip(a.fields().iter())
                        .filter(|(x, y)| x.1 != y.1)
                        .map(|(x, _)| x.0.to_owned())
                        .collect();
                    (if fields.is_empty() { AreaChange::Same } else { AreaChange::Changed }, fields)
                }
            };
            AreaComparison { area: id.to_owned(), name: name.to_owned(), change, fields, before: b, after: a }
        })
        .collect();
    Comparison { before, after, areas }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;
    use crate::ids::WorksheetId;

    fn sheet(areas: Vec<AreaAnswer>) -> Worksheet {
        Worksheet {
            id: WorksheetId::new(Utc::now()),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            title: "t".into(),
            on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            from: None,
            filled: 0,
            areas,
        }
    }

    #[test]
    fn compare_marks_added_changed_and_removed() {
        let a = |area: &str, mine: &str| AreaAnswer { area: area.into(), mine: mine.into(), ..AreaAnswer::default() };
        let before = sheet(vec![a("one", "x"), a("two", "y"), a("three", ""), a("four", "same")]);
        let mut changed = a("two", "y");
        changed.check.specific = Some(true);
        let after = sheet(vec![a("one", ""), changed, a("three", "new"), a("four", "same")]);
        let c = compare(before, after);
        let got: Vec<(&str, AreaChange)> = c.areas.iter().map(|x| (x.area.as_str(), x.change)).collect();
        assert_eq!(
            got,
            vec![
                ("one", AreaChange::Removed),
                ("two", AreaChange::Changed),
                ("three", AreaChange::Added),
                ("four", AreaChange::Same)
            ]
        );
        assert_eq!(c.areas[1].fields, vec!["specific"]);
    }

    #[test]
    fn the_freedom_question_counts_as_a_change() {
        let a = AreaAnswer { area: "money".into(), mine: "A shared pot".into(), ..AreaAnswer::default() };
        let mut b = a.clone();
        b.check.leaves_free = Some(false);
        let c = compare(sheet(vec![a]), sheet(vec![b]));
        assert_eq!(
            (c.areas[0].change, c.areas[0].fields.clone()),
            (AreaChange::Changed, vec!["leaves_free".to_owned()])
        );
    }
}
