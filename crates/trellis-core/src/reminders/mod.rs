//! Reminders: the weekly check-in, a journaling nudge, a boundary's review date, an
//! agreement's revisit date, and the person's own.
//!
//! Each reminder is two rows sharing one id. Its schedule (what it is for, the rule, the zone,
//! when it fires next) is plaintext in `reminder_schedules`, so the app can fire it while the
//! vault is locked. Its words (title and note) are a sealed record in `reminders`, read only
//! while unlocked. Reminders for review and revisit dates follow those dates by themselves
//! (see [`follow`]): they have a schedule and no words of their own.
//!
//! Nothing here reads a clock: every function that needs the time takes `now`. The shell's
//! loop asks [`fire_due`] about every 30 seconds; `trellis reminder due --at` asks [`due_at`],
//! which is the same question without writing anything.

mod backup;
mod schedule;

pub mod ics;

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
pub use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

pub use backup::KeptReminder;
pub(crate) use backup::{is_there, kept, put_schedule};
pub use schedule::{local_instant, parse_time, parse_zone, system_zone, Day, Repeat, Rule, RuleError, Snooze, MORNING};

use crate::collection::{whole_ms, Collection};
use crate::ids::{RecordId, ReminderId};
use crate::record::{History, Kind, Record, RecordKind, Row, SearchDoc};
use crate::store::StoreError;
use crate::tools::{tidy, ToolError};

/// A reminder that fires more than this late (the app was closed, the machine asleep) is
/// "missed": missed ones fold into one notification instead of a burst.
pub const LATE_AFTER_MINUTES: i64 = 5;

/// What a reminder is for. Plaintext: it decides the neutral notification and the screen a
/// click opens, and says nothing a person wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// The weekly relationship check-in.
    Checkin,
    /// A nudge to write in the journal.
    Journal,
    /// Reviewing boundaries (one boundary's review date, when it has a target).
    BoundaryReview,
    /// Revisiting agreements (one agreement's revisit date, when it has a target).
    AgreementRevisit,
    /// The person's own.
    Custom,
}

impl Purpose {
    pub const ALL: [Purpose; 5] =
        [Purpose::Checkin, Purpose::Journal, Purpose::BoundaryReview, Purpose::AgreementRevisit, Purpose::Custom];

    /// The name stored and typed: `checkin`, `boundary-review`.
    pub fn name(self) -> &'static str {
        match self {
            Purpose::Checkin => "checkin",
            Purpose::Journal => "journal",
            Purpose::BoundaryReview => "boundary-review",
            Purpose::AgreementRevisit => "agreement-revisit",
            Purpose::Custom => "custom",
        }
    }

    pub fn parse(s: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.name() == s.trim())
    }

    /// The title a reminder of this purpose gets when the person gives none.
    pub fn default_title(self) -> &'static str {
        match self {
            Purpose::Checkin => "Weekly check-in",
            Purpose::Journal => "A few minutes for your journal",
            Purpose::BoundaryReview => "Look over your boundaries",
            Purpose::AgreementRevisit => "Revisit your agreements",
            Purpose::Custom => "",
        }
    }
}

/// A reminder's plaintext schedule, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Schedule {
    pub id: ReminderId,
    pub purpose: Purpose,
    /// The boundary or agreement whose date this reminder follows.
    pub target: Option<String>,
    pub rule: Rule,
    pub zone: String,
    /// When it fires next by its rule; `None` when it will not fire again.
    pub next_fire: Option<DateTime<Utc>>,
    pub last_fired: Option<DateTime<Utc>>,
    pub snoozed_until: Option<DateTime<Utc>>,
    pub paused: bool,
    /// Whether a notification may show its own words (only while the vault is unlocked).
    pub show_words: bool,
}

impl Schedule {
    /// When it next asks for attention: the end of a snooze or its next time, whichever comes
    /// first; never while paused.
    pub fn due_at(&self) -> Option<DateTime<Utc>> {
        if self.paused {
            return None;
        }
        match (self.snoozed_until, self.next_fire) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn tz(&self) -> Tz {
        parse_zone(&self.zone).unwrap_or(Tz::UTC)
    }
}

/// One reminder that came due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Fired {
    pub id: ReminderId,
    pub purpose: Purpose,
    pub target: Option<String>,
    /// When it was due.
    pub due_at: DateTime<Utc>,
    pub show_words: bool,
}

/// What came due at an instant: on time (each its own notification, or one for several at
/// the same minute) and missed (one notification for all).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Due {
    pub on_time: Vec<Fired>,
    pub missed: Vec<Fired>,
}

impl Due {
    pub fn is_empty(&self) -> bool {
        self.on_time.is_empty() && self.missed.is_empty()
    }
}

/// Reads every schedule; rows that cannot be read (a damaged or hostile file) are left out
/// and counted.
pub(crate) fn schedules(conn: &Connection) -> Result<(Vec<Schedule>, usize), StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, purpose, target, rule, zone, next_fire, last_fired, snoozed_until, paused, show_words
         FROM reminder_schedules ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let (mut out, mut unreadable) = (Vec::new(), 0);
    while let Some(r) = rows.next()? {
        match read_row(r) {
            Some(s) => out.push(s),
            None => unreadable += 1,
        }
    }
    Ok((out, unreadable))
}

fn read_row(r: &rusqlite::Row<'_>) -> Option<Schedule> {
    use rusqlite::types::Value;
    let blob = |i| match r.get::<_, Value>(i).ok()? {
        Value::Blob(b) => Some(b),
        _ => None,
    };
    let text = |i| match r.get::<_, Value>(i).ok()? {
        Value::Text(t) => Some(t),
        _ => None,
    };
    let time = |i| -> Option<Option<DateTime<Utc>>> {
        match r.get::<_, Value>(i).ok()? {
            Value::Null => Some(None),
            // A time outside the dates Trellis keeps could only come from an edited file:
            // the row is left out, like any other it cannot read.
            Value::Integer(ms) => DateTime::from_timestamp_millis(ms).filter(|t| crate::dates::in_range(*t)).map(Some),
            _ => None,
        }
    };
    let flag = |i| matches!(r.get::<_, Value>(i), Ok(Value::Integer(1)));
    let id = ReminderId::from_bytes(&blob(0)?)?;
    let purpose = Purpose::parse(&text(1)?)?;
    let target = match r.get::<_, Value>(2).ok()? {
        Value::Null => None,
        Value::Blob(b) => Some(uuid::Uuid::from_slice(&b).ok()?.to_string()),
        _ => return None,
    };
    let rule: Rule = serde_json::from_str(&text(3)?).ok()?;
    let rule = Rule::new(rule.repeat, rule.at).ok()?;
    let zone = text(4)?;
    parse_zone(&zone).ok()?;
    Some(Schedule {
        id,
        purpose,
        target,
        rule,
        zone,
        next_fire: time(5)?,
        last_fired: time(6)?,
        snoozed_until: time(7)?,
        paused: flag(8),
        show_words: flag(9),
    })
}

fn ms(t: Option<DateTime<Utc>>) -> Option<i64> {
    t.map(|t| t.timestamp_millis())
}

fn target_bytes(target: &Option<String>) -> Option<Vec<u8>> {
    target.as_deref().and_then(|t| uuid::Uuid::parse_str(t).ok()).map(|u| u.as_bytes().to_vec())
}

/// Writes a schedule (inserting or replacing the row with its id).
fn put(conn: &Connection, s: &Schedule) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO reminder_schedules
           (id, purpose, target, rule, zone, next_fire, last_fired, snoozed_until, paused, show_words)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        &s.id.as_bytes()[..],
        s.purpose.name(),
        target_bytes(&s.target),
        serde_json::to_string(&s.rule).expect("a rule serializes"),
        s.zone,
        ms(s.next_fire),
        ms(s.last_fired),
        ms(s.snoozed_until),
        s.paused,
        s.show_words,
    ])?;
    Ok(())
}

fn one(conn: &Connection, id: ReminderId) -> Result<Schedule, ToolError> {
    schedules(conn)?.0.into_iter().find(|s| s.id == id).ok_or_else(|| not_found(id))
}

fn not_found(id: ReminderId) -> ToolError {
    ToolError::NotFound { kind: ReminderId::KIND, id: id.to_string() }
}

/// What came due at `now`, without recording anything: the question the shell's loop asks,
/// and `trellis reminder due --at`.
pub(crate) fn due_at(conn: &Connection, now: DateTime<Utc>) -> Result<Due, StoreError> {
    let (all, _) = schedules(conn)?;
    Ok(due_of(&all, now))
}

fn due_of(all: &[Schedule], now: DateTime<Utc>) -> Due {
    let mut due = Due::default();
    for s in all {
        let Some(at) = s.due_at().filter(|t| *t <= now) else { continue };
        let fired =
            Fired { id: s.id, purpose: s.purpose, target: s.target.clone(), due_at: at, show_words: s.show_words };
        if now - at > chrono::Duration::minutes(LATE_AFTER_MINUTES) {
            due.missed.push(fired);
        } else {
            due.on_time.push(fired);
        }
    }
    due
}

/// What came due at `now`, recorded as fired: each fires once, a snooze that ended is over,
/// and the next time is counted from `now` (what was missed is not fired again one by one).
pub(crate) fn fire_due(conn: &Connection, now: DateTime<Utc>) -> Result<Due, StoreError> {
    let tx = conn.unchecked_transaction()?;
    let (all, _) = schedules(conn)?;
    let due = due_of(&all, now);
    for fired in due.on_time.iter().chain(&due.missed) {
        let Some(mut s) = all.iter().find(|s| s.id == fired.id).cloned() else { continue };
        s.last_fired = Some(now);
        if s.snoozed_until.is_some_and(|t| t <= now) {
            s.snoozed_until = None;
        }
        if s.next_fire.is_some_and(|t| t <= now) {
            s.next_fire = s.rule.next_after(s.tz(), now);
        }
        put(conn, &s)?;
    }
    tx.commit()?;
    Ok(due)
}

/// Snoozes one reminder: it asks again when the snooze ends, and a time of its own that would
/// come before then is passed over (the snooze stands in for it).
pub(crate) fn snooze(
    conn: &Connection,
    id: ReminderId,
    how: Snooze,
    now: DateTime<Utc>,
) -> Result<Schedule, ToolError> {
    let mut s = one(conn, id)?;
    snooze_one(&mut s, how, now);
    put(conn, &s)?;
    Ok(s)
}

fn snooze_one(s: &mut Schedule, how: Snooze, now: DateTime<Utc>) {
    let Some(until) = how.until(s.tz(), now) else { return };
    s.snoozed_until = Some(until);
    if s.next_fire.is_some_and(|t| t <= until) {
        s.next_fire = s.rule.next_after(s.tz(), until);
    }
}

/// Snoozes every reminder that would ask for attention before the snooze ends (the tray's
/// "Snooze all 1 hour"); returns how many.
pub(crate) fn snooze_all(conn: &Connection, how: Snooze, now: DateTime<Utc>) -> Result<usize, StoreError> {
    let tx = conn.unchecked_transaction()?;
    let (all, _) = schedules(conn)?;
    let mut n = 0;
    for mut s in all {
        if s.due_at().is_some_and(|t| how.until(s.tz(), now).is_some_and(|until| t <= until)) {
            snooze_one(&mut s, how, now);
            put(conn, &s)?;
            n += 1;
        }
    }
    tx.commit()?;
    Ok(n)
}

/// Skips what comes next: a pending snooze, else the next time by the rule.
pub(crate) fn skip_next(conn: &Connection, id: ReminderId) -> Result<Schedule, ToolError> {
    let mut s = one(conn, id)?;
    if s.snoozed_until.is_some() {
        s.snoozed_until = None;
    } else if let Some(next) = s.next_fire {
        s.next_fire = s.rule.next_after(s.tz(), next);
    }
    put(conn, &s)?;
    Ok(s)
}

/// Pauses or resumes a reminder. Resuming counts from `now`: what would have fired while it
/// was paused does not fire.
pub(crate) fn set_paused(
    conn: &Connection,
    id: ReminderId,
    paused: bool,
    now: DateTime<Utc>,
) -> Result<Schedule, ToolError> {
    let mut s = one(conn, id)?;
    if s.paused != paused {
        s.paused = paused;
        if !paused {
            s.snoozed_until = None;
            s.next_fire = s.rule.next_after(s.tz(), now);
        }
        put(conn, &s)?;
    }
    Ok(s)
}

/// Lets a notification show the reminder's own words (while unlocked), or not.
pub(crate) fn set_show_words(conn: &Connection, id: ReminderId, show: bool) -> Result<Schedule, ToolError> {
    let mut s = one(conn, id)?;
    s.show_words = show;
    put(conn, &s)?;
    Ok(s)
}

/// The time an automatic reminder for a review or revisit date fires: that morning.
pub const FOLLOW_AT: chrono::NaiveTime = MORNING;

/// Keeps the automatic reminder of one boundary or agreement in step with its date: made when
/// it gets a date, moved when the date moves, removed when the date goes (or the boundary or
/// agreement is retired or deleted). A date unchanged leaves the reminder as it is (snoozed,
/// paused or fired). Called by the record layer on every write of a followed kind.
pub(crate) fn follow(
    conn: &Connection,
    purpose: Purpose,
    target: &[u8; 16],
    on: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    // A date outside the ones Trellis keeps (only an edited record could hold one) is no
    // date a reminder can fire on.
    let Some(on) = on.filter(|d| crate::dates::day_in_range(*d)) else {
        return unfollow(conn, target);
    };
    let rule = Rule { repeat: Repeat::Once { on }, at: FOLLOW_AT };
    let target_text = uuid::Uuid::from_bytes(*target).to_string();
    let existing: Option<Vec<u8>> = conn
        .prepare_cached("SELECT id FROM reminder_schedules WHERE target = ?1")?
        .query_row([&target[..]], |r| r.get(0))
        .optional()
        .unwrap_or(None);
    let existing = existing.and_then(|id| ReminderId::from_bytes(&id));
    let old = match existing {
        Some(id) => schedules(conn)?.0.into_iter().find(|s| s.id == id),
        None => None,
    };
    if old.as_ref().is_some_and(|o| o.rule == rule && o.purpose == purpose) {
        return Ok(());
    }
    let zone = old.as_ref().map_or_else(|| system_zone().name().to_owned(), |o| o.zone.clone());
    let tz = parse_zone(&zone).unwrap_or(Tz::UTC);
    // A row that could not be read is replaced (its target is unique).
    conn.prepare_cached("DELETE FROM reminder_schedules WHERE target = ?1")?.execute([&target[..]])?;
    put(
        conn,
        &Schedule {
            id: old.as_ref().map_or_else(|| ReminderId::derived(now, target), |o| o.id),
            purpose,
            target: Some(target_text),
            next_fire: rule.next_after(tz, now),
            rule,
            zone,
            last_fired: None,
            snoozed_until: None,
            paused: old.as_ref().is_some_and(|o| o.paused),
            show_words: old.as_ref().is_some_and(|o| o.show_words),
        },
    )
}

/// Removes the automatic reminder of a boundary or agreement, if it has one.
pub(crate) fn unfollow(conn: &Connection, target: &[u8; 16]) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM reminder_schedules WHERE target = ?1")?.execute([&target[..]])?;
    Ok(())
}

/// A reminder's own words: sealed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct ReminderPayload {
    #[serde(rename = "t")]
    title: String,
    #[serde(rename = "n", default)]
    note: String,
}

pub(crate) struct ReminderKind;

impl Kind for ReminderKind {
    const KIND: RecordKind = RecordKind::Reminder;
    const HISTORY: History = History::Never;
    const PAYLOAD_VERSION: u8 = 1;
    const MAX_BYTES: usize = 64 * 1024;
    type Id = ReminderId;
    type Payload = ReminderPayload;

    /// A reminder's words are not searched: search is for what a person wrote about their
    /// life, and the reminders screen lists them all.
    fn into_search_doc(_p: ReminderPayload) -> SearchDoc {
        SearchDoc::default()
    }
}

/// A new reminder, or a changed one.
#[derive(Clone, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReminderDraft {
    pub purpose: Purpose,
    /// Empty takes the purpose's own title (a reminder of your own needs one).
    pub title: String,
    pub note: String,
    pub rule: Rule,
    /// An IANA zone; empty takes this machine's.
    pub zone: String,
    pub show_words: bool,
}

impl std::fmt::Debug for ReminderDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReminderDraft({:?}, {:?}, {}, <private>)", self.purpose, self.rule, self.zone)
    }
}

/// A reminder as the app and the `trellis` command show it: schedule and words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Reminder {
    #[serde(flatten)]
    pub schedule: Schedule,
    /// Its own words, or for an automatic one what it is about ("Review: …").
    pub title: String,
    pub note: String,
    /// The rule as people read it: "every Sunday at 19:00".
    pub says: String,
    /// Its words could not be read (damaged); the schedule still works.
    pub damaged: bool,
}

/// The reminders of an unlocked vault: their words, and the automatic ones kept in step with
/// boundaries and agreements. (Firing, snoozing and pausing need no key: see `Vault`.)
pub struct Reminders<'v> {
    c: Collection<'v>,
}

impl<'v> Reminders<'v> {
    pub(crate) fn new(c: Collection<'v>) -> Self {
        Reminders { c }
    }

    /// Saves a new reminder: its words sealed and its schedule, in one transaction.
    pub fn add(&mut self, draft: ReminderDraft, now: DateTime<Utc>) -> Result<Reminder, ToolError> {
        let now = whole_ms(now);
        let id = ReminderId::new(now);
        let (schedule, payload) = self.prepare(id, draft, None, now)?;
        let rec: Record<ReminderKind> = Record { id, created_at: now, updated_at: now, payload };
        let conn = self.c.conn();
        let tx = conn.unchecked_transaction()?;
        put(conn, &schedule)?;
        self.c.add(&rec)?;
        tx.commit()?;
        self.get(id)
    }

    /// Changes a reminder's words and schedule; a changed rule or zone counts from `now`.
    pub fn edit(&mut self, id: ReminderId, draft: ReminderDraft, now: DateTime<Utc>) -> Result<Reminder, ToolError> {
        let old = one(self.c.conn(), id)?;
        if old.target.is_some() {
            return Err(ToolError::Invalid(
                "this reminder follows a review or revisit date; change that date instead".into(),
            ));
        }
        let (schedule, payload) = self.prepare(id, draft, Some(&old), now)?;
        put(self.c.conn(), &schedule)?;
        let created_at = self.c.get::<ReminderKind>(id).map_or(whole_ms(now), |r| r.created_at);
        let mut rec: Record<ReminderKind> = Record { id, created_at, updated_at: whole_ms(now), payload };
        match self.c.replace(&mut rec, false, None) {
            Err(crate::record::RecordError::NotFound(_)) => self.c.add(&rec)?,
            other => other?,
        }
        self.get(id)
    }

    fn prepare(
        &self,
        id: ReminderId,
        d: ReminderDraft,
        old: Option<&Schedule>,
        now: DateTime<Utc>,
    ) -> Result<(Schedule, ReminderPayload), ToolError> {
        let invalid = |e: RuleError| ToolError::Invalid(e.to_string());
        let rule = Rule::new(d.rule.repeat, d.rule.at).map_err(invalid)?;
        let zone = if d.zone.trim().is_empty() { system_zone() } else { parse_zone(&d.zone).map_err(invalid)? };
        let mut title = tidy(d.title);
        if title.is_empty() {
            title = d.purpose.default_title().to_owned();
        }
        if title.is_empty() {
            return Err(ToolError::Invalid("a reminder of your own needs a few words to say what it is".into()));
        }
        let same_time = old.is_some_and(|o| o.rule == rule && o.zone == zone.name());
        let schedule = Schedule {
            id,
            purpose: d.purpose,
            target: None,
            next_fire: match old {
                Some(o) if same_time => o.next_fire,
                _ => rule.next_after(zone, now),
            },
            rule,
            zone: zone.name().to_owned(),
            last_fired: old.and_then(|o| o.last_fired),
            snoozed_until: old.filter(|_| same_time).and_then(|o| o.snoozed_until),
            paused: old.is_some_and(|o| o.paused),
            show_words: d.show_words,
        };
        Ok((schedule, ReminderPayload { title, note: tidy(d.note) }))
    }

    /// Removes a reminder (schedule first: a reminder half removed never fires).
    pub fn remove(&mut self, id: ReminderId) -> Result<(), ToolError> {
        let conn = self.c.conn();
        let n = conn.prepare_cached("DELETE FROM reminder_schedules WHERE id = ?1")?.execute([&id.as_bytes()[..]])?;
        match self.c.delete::<ReminderKind>(id) {
            Ok(()) => Ok(()),
            Err(crate::record::RecordError::NotFound(_)) if n == 1 => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// One reminder with its words.
    pub fn get(&mut self, id: ReminderId) -> Result<Reminder, ToolError> {
        self.list()?.into_iter().find(|r| r.schedule.id == id).ok_or_else(|| not_found(id))
    }

    /// Every reminder, soonest first (paused and finished ones last).
    pub fn list(&mut self) -> Result<Vec<Reminder>, ToolError> {
        let (all, _) = schedules(self.c.conn())?;
        let words: HashMap<ReminderId, Option<ReminderPayload>> = self
            .c
            .all::<ReminderKind>()?
            .into_iter()
            .map(|row| match row {
                Row::Ok(rec) => (rec.id, Some(rec.payload)),
                Row::Damaged { id, .. } => (id, None),
            })
            .collect();
        let about = self.targets()?;
        let mut out: Vec<Reminder> = all
            .into_iter()
            .map(|s| {
                let (title, note, damaged) = match (&s.target, words.get(&s.id)) {
                    (Some(t), _) => (about.get(t).cloned().unwrap_or_default(), String::new(), false),
                    (None, Some(Some(p))) => (p.title.clone(), p.note.clone(), false),
                    (None, Some(None)) => (String::new(), String::new(), true),
                    (None, None) => (s.purpose.default_title().to_owned(), String::new(), false),
                };
                let says = s.rule.describe();
                Reminder { schedule: s, title, note, says, damaged }
            })
            .collect();
        out.sort_by_key(|r| (r.schedule.due_at().is_none(), r.schedule.due_at(), r.schedule.id));
        Ok(out)
    }

    /// What the followed boundaries and agreements say, by id: "Review: …", "Revisit: …".
    fn targets(&self) -> Result<HashMap<String, String>, ToolError> {
        use crate::tools::agreements::AgreementKind;
        use crate::tools::boundaries::BoundaryKind;
        let mut out = HashMap::new();
        for row in self.c.all::<BoundaryKind>()? {
            if let Row::Ok(rec) = row {
                out.insert(rec.id.to_string(), format!("Review a boundary: {}", BoundaryKind::text(&rec.payload)));
            }
        }
        for row in self.c.all::<AgreementKind>()? {
            if let Row::Ok(rec) = row {
                out.insert(rec.id.to_string(), format!("Revisit an agreement: {}", AgreementKind::text(&rec.payload)));
            }
        }
        Ok(out)
    }

    /// Brings every automatic reminder in step with the boundaries and agreements as they are
    /// (after an unlock, an import, or a write by the other front end): one per dated,
    /// unretired boundary or agreement, none for anything else.
    pub fn follow_all(&mut self, now: DateTime<Utc>) -> Result<(), ToolError> {
        use crate::tools::agreements::AgreementKind;
        use crate::tools::boundaries::BoundaryKind;
        let mut wanted: Vec<([u8; 16], Purpose, Option<NaiveDate>)> = Vec::new();
        // A record that cannot be read keeps the reminder it had.
        let mut keep = std::collections::HashSet::new();
        for row in self.c.all::<BoundaryKind>()? {
            match row {
                Row::Ok(rec) => {
                    wanted.extend(BoundaryKind::follows(&rec.payload).map(|(p, on)| (*rec.id.as_bytes(), p, on)))
                }
                Row::Damaged { id, .. } => {
                    keep.insert(id.to_string());
                }
            }
        }
        for row in self.c.all::<AgreementKind>()? {
            match row {
                Row::Ok(rec) => {
                    wanted.extend(AgreementKind::follows(&rec.payload).map(|(p, on)| (*rec.id.as_bytes(), p, on)))
                }
                Row::Damaged { id, .. } => {
                    keep.insert(id.to_string());
                }
            }
        }
        let conn = self.c.conn();
        let tx = conn.unchecked_transaction()?;
        keep.extend(wanted.iter().filter(|w| w.2.is_some()).map(|w| uuid::Uuid::from_bytes(w.0).to_string()));
        for s in schedules(conn)?.0 {
            if let Some(t) = &s.target {
                if !keep.contains(t) {
                    conn.prepare_cached("DELETE FROM reminder_schedules WHERE id = ?1")?
                        .execute([&s.id.as_bytes()[..]])?;
                }
            }
        }
        for (target, purpose, on) in wanted {
            follow(conn, purpose, &target, on, now)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// What a click on a notification opens (after unlock): a screen of the app, and the
/// boundary or agreement when the reminder is about one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Open {
    /// `checkin`, `journal`, `boundaries`, `agreements` or `reminders`.
    pub screen: String,
    pub id: Option<String>,
}

/// One desktop notification to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
    pub open: Open,
}

impl Open {
    fn of(f: &Fired) -> Open {
        let screen = match f.purpose {
            Purpose::Checkin => "checkin",
            Purpose::Journal => "journal",
            Purpose::BoundaryReview => "boundaries",
            Purpose::AgreementRevisit => "agreements",
            Purpose::Custom => "reminders",
        };
        Open { screen: screen.into(), id: f.target.clone() }
    }

    fn list() -> Open {
        Open { screen: "reminders".into(), id: None }
    }
}

/// The notifications for what came due: never more than two (one for what is due now, one
/// for everything missed), titled with the app's display name, and saying nothing a person
/// wrote unless `words` gives the one due reminder's words (the person allowed it, and the
/// vault is unlocked).
pub(crate) fn notices(due: &Due, name: &str, words: Option<(String, String)>) -> Vec<Notice> {
    let mut out = Vec::new();
    match due.on_time.as_slice() {
        [] => {}
        [one] => {
            let body = match words {
                Some((title, note)) if note.is_empty() => title,
                Some((title, note)) => format!("{title}\n{note}"),
                None => "A reminder is due.".into(),
            };
            out.push(Notice { title: name.into(), body, open: Open::of(one) });
        }
        many => out.push(Notice {
            title: name.into(),
            body: format!("{} reminders are due.", many.len()),
            open: Open::list(),
        }),
    }
    match due.missed.len() {
        0 => {}
        n => out.push(Notice {
            title: name.into(),
            body: format!(
                "{} came due while {name} was closed or the computer was asleep.",
                if n == 1 { "A reminder".to_owned() } else { format!("{n} reminders") }
            ),
            open: if n == 1 { Open::of(&due.missed[0]) } else { Open::list() },
        }),
    }
    out
}

/// The schedules need no key: these work while the vault is locked, so reminders fire,
/// snooze and pause from the tray and the `trellis` command without a passphrase.
impl crate::Vault {
    /// Every readable schedule, and how many could not be read.
    pub fn reminder_schedules(&self) -> Result<(Vec<Schedule>, usize), crate::VaultError> {
        Ok(schedules(self.connection())?)
    }

    /// What would fire at `at`, without recording anything.
    pub fn due_reminders(&self, at: DateTime<Utc>) -> Result<Due, crate::VaultError> {
        Ok(due_at(self.connection(), at)?)
    }

    /// What is due at `now`, recorded as fired (the shell's loop).
    pub fn fire_due_reminders(&self, now: DateTime<Utc>) -> Result<Due, crate::VaultError> {
        Ok(fire_due(self.connection(), now)?)
    }

    pub fn snooze_reminder(&self, id: ReminderId, how: Snooze, now: DateTime<Utc>) -> Result<Schedule, ToolError> {
        snooze(self.connection(), id, how, now)
    }

    /// Snoozes everything that would ask before the snooze ends; returns how many.
    pub fn snooze_all_reminders(&self, how: Snooze, now: DateTime<Utc>) -> Result<usize, crate::VaultError> {
        Ok(snooze_all(self.connection(), how, now)?)
    }

    pub fn skip_reminder(&self, id: ReminderId) -> Result<Schedule, ToolError> {
        skip_next(self.connection(), id)
    }

    pub fn pause_reminder(&self, id: ReminderId, paused: bool, now: DateTime<Utc>) -> Result<Schedule, ToolError> {
        set_paused(self.connection(), id, paused, now)
    }

    pub fn show_reminder_words(&self, id: ReminderId, show: bool) -> Result<Schedule, ToolError> {
        set_show_words(self.connection(), id, show)
    }

    /// Fires what is due at `now` and returns the notifications to show (the shell's loop).
    /// A reminder's own words are in them only when it allows that and the vault is unlocked.
    pub fn reminder_notices(&mut self, now: DateTime<Utc>) -> Result<Vec<Notice>, crate::VaultError> {
        if self.is_unlocked() {
            // What an import or the other front end changed reaches the schedule here.
            // A boundary that cannot be read stops nothing: the rest still fire.
            if let Ok(mut reminders) = self.reminders() {
                let _ = reminders.follow_all(now);
            }
        }
        let due = self.fire_due_reminders(now)?;
        if due.is_empty() {
            return Ok(Vec::new());
        }
        let name = self.settings()?.display_name();
        let words = match due.on_time.as_slice() {
            [one] if one.show_words && self.is_unlocked() => self
                .reminders()?
                .get(one.id)
                .ok()
                .filter(|r| !r.damaged && !r.title.is_empty())
                .map(|r| (r.title, r.note)),
            _ => None,
        };
        Ok(notices(&due, name, words))
    }

    /// The reminders as an iCalendar file with neutral titles.
    pub fn reminders_ics(&self, now: DateTime<Utc>) -> Result<String, crate::VaultError> {
        let name = self.settings()?.display_name();
        Ok(ics::export(&schedules(self.connection())?.0, name, now))
    }
}

#[cfg(test)]
mod tests;
