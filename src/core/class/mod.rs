//! The class view's core: a counselor pastes many results links or hand-in codes and sees
//! the class at a glance. Everything here is decoded and summarised in the browser; nothing
//! is sent anywhere.
//!
//! The flow, one file a step:
//! - [`paste`]: pasted text → one `Result<Entry, LineError>` per non-blank line
//!   ([`fields`] splits CSV/TSV rows, [`find`] finds a link or code in a piece of text);
//! - [`summary`]: entries → one row a student, duplicates, band counts, median, average
//!   profile, most common obstacles, quality notices and "what lowered it" reasons;
//! - [`sort`]: the table's sort orders (name, score, band), stable;
//! - [`csv`]: the rows as an RFC 4180 CSV file, made in the browser;
//! - [`screen`]: the class view's state machine (events in, state and effects out), whose
//!   words come from [`texts`] (`content/<lang>/class.toml`).
//!
//! No text is hard-coded: rows carry indexes and keys (band, area, obstacle, item, quality
//! flag, error), and every word the counselor reads comes from the caller's locale.

pub mod csv;
pub mod fields;
pub mod find;
pub mod paste;
pub mod screen;
pub mod sort;
pub mod summary;
pub mod texts;

pub use paste::{parse_paste, Entry, LineError, LineReason, Pasted};
pub use sort::{sort_rows, Direction, SortKey};
pub use summary::{summarize_class, ClassSummary, StudentRow};
