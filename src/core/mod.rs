//! The pure domain core: content, questionnaire, scoring, the results-link codec and the
//! counselor kit (hand-in codes, QR codes, the class view).
//! No web dependencies, so all of it is tested natively with `cargo test`.

pub mod answers;
pub mod career;
pub mod class;
pub mod content;
pub mod guide_file;
pub mod hand_in;
pub mod language_file;
pub mod link;
pub mod model;
pub mod options;
pub mod profile;
pub mod progress;
pub mod qr;
pub mod quality;
pub mod related;
pub mod route;
pub mod scoring;
pub mod session;
pub mod summary;
pub mod text;
pub mod view;
