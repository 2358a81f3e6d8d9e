//! Results links from the command line, through the app's own codec (`core::link`), so the
//! end-to-end tests (`tests/e2e/helpers.mjs`) need no copy of it:
//!
//!     cargo build --release --example link_tool
//!     link_tool encode SET ANSWERS    prints the payload
//!     link_tool decode PAYLOAD        prints the answers, or the error's name
//!
//! `SET` is an item-set version; `ANSWERS` is one value a question, comma-separated: 0..4,
//! or `_` for skipped (`4,_,0,3`; an empty string for none). A set this build knows gets
//! exactly its own number of answers (fewer or more is refused: the encoder would pad or
//! cut). An unknown set stands for one with as many questions as answers given, which is
//! how the tests make a link for "a question set this version does not know".
//!
//! `decode` reads a payload as the app does, against the compiled question sets, and prints
//! the answers in the current set's order (`_` for skipped), or `error: NAME` with the
//! `LinkError` variant (`Checksum`, `UnknownItemSet`, …). Exit status: 0 when it printed a
//! payload or answers, 1 for a payload the app rejects, 2 for a wrong command line.

use std::process::ExitCode;

use mlt_fit::core::answers::{Answers, MAX};
use mlt_fit::core::career::MLT;
use mlt_fit::core::link;
use mlt_fit::core::model::ItemSet;

const USAGE: &str = "usage: link_tool encode SET ANSWERS (e.g. 2 4,_,0) | link_tool decode PAYLOAD";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["encode", set, answers] => encode(set, answers).map(|payload| (payload, ExitCode::SUCCESS)),
        ["decode", payload] => Ok(decode(payload)),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok((line, code)) => {
            println!("{line}");
            code
        }
        Err(message) => {
            eprintln!("link_tool: {message}");
            ExitCode::from(2)
        }
    }
}

fn encode(set: &str, answers: &str) -> Result<String, String> {
    let version: u16 = set.parse().map_err(|_| format!("item-set version `{set}` is not a number"))?;
    let values = parse_answers(answers)?;
    let known = MLT.item_sets.iter().find(|s| s.version == version);
    // Ids of a set this build does not know; only their number goes into the link.
    let unknown_ids: Vec<&str> = vec!["?"; values.len()];
    let set = match known {
        Some(set) if set.item_ids.len() != values.len() => {
            return Err(format!("set {version} has {} questions, {} answers given", set.item_ids.len(), values.len()))
        }
        Some(set) => *set,
        None => ItemSet { version, item_ids: &unknown_ids },
    };
    if values.len() > link::MAX_ITEMS {
        return Err(format!("a link holds at most {} answers", link::MAX_ITEMS));
    }
    let answers = Answers::from_values(values).ok_or("an answer is above 4")?;
    Ok(link::encode(&answers, &set))
}

fn parse_answers(text: &str) -> Result<Vec<Option<u8>>, String> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(|a| match a.trim() {
            "_" => Ok(None),
            v => v
                .parse::<u8>()
                .ok()
                .filter(|v| *v <= MAX)
                .map(Some)
                .ok_or(format!("answer `{v}` is not 0 to {MAX} or _")),
        })
        .collect()
}

fn decode(payload: &str) -> (String, ExitCode) {
    match link::decode(payload, MLT.item_sets, &MLT.current_item_set()) {
        Ok(shared) => {
            let answers: Vec<String> = (0..shared.answers.len())
                .map(|i| shared.answers.get(i).map_or("_".into(), |v| v.to_string()))
                .collect();
            (answers.join(","), ExitCode::SUCCESS)
        }
        Err(e) => (format!("error: {e:?}"), ExitCode::from(1)),
    }
}
