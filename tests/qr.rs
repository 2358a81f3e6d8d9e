//! QR codes of results links (`core::qr`): the SVG path a page would draw is rasterised here
//! into a grey image and read back with an independent QR *decoder* (`rqrr`, test-only),
//! which must return exactly the link.
#![cfg(not(target_arch = "wasm32"))]

use mlt_fit::core::answers::Answers;
use mlt_fit::core::career::MLT;
use mlt_fit::core::link::{encode, encode_named};
use mlt_fit::core::qr::{qr_svg, QrError, QrSvg, ALT_KEY, QUIET_ZONE};

/// Pixels per module in the test image.
const SCALE: usize = 4;

/// Dark modules drawn by the path data, read back from its `M x y h n v1 h-n z` commands
/// (in view-box coordinates, quiet zone included).
fn modules_from_path(qr: &QrSvg) -> Vec<bool> {
    let size = qr.view_box;
    let mut dark = vec![false; size * size];
    for rect in qr.path.split('z').filter(|r| !r.is_empty()) {
        let rest = rect.strip_prefix('M').expect("each rectangle starts with M");
        let (xy, rest) = rest.split_once('h').expect("then h");
        let (x, y) = xy.split_once(' ').expect("x y");
        let (run, back) = rest.split_once("v1h-").expect("then v1h-");
        assert_eq!(run, back, "the rectangle closes on itself");
        let (x, y, run): (usize, usize, usize) = (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        assert!(run > 0 && x + run <= size - QUIET_ZONE && y < size - QUIET_ZONE);
        for dx in 0..run {
            assert!(!dark[y * size + x + dx], "rectangles never overlap");
            dark[y * size + x + dx] = true;
        }
    }
    dark
}

/// Reads the QR code back from a rendering of its SVG path: white paper, black modules.
fn decode_rendering(qr: &QrSvg) -> (rqrr::MetaData, String) {
    let dark = modules_from_path(qr);
    let size = qr.view_box;
    let px = size * SCALE;
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(
            px,
            px,
            |x, y| {
                if dark[(y / SCALE) * size + x / SCALE] {
                    0
                } else {
                    255
                }
            },
        );
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "exactly one QR code found");
    grids[0].decode().expect("the QR code decodes")
}

fn results_link(host: &str, payload: &str) -> String {
    format!("{host}#/r/{payload}")
}

fn sample_answers() -> Answers {
    Answers::from_values(
        (0..MLT.questions()).map(|i| if i % 11 == 10 { None } else { Some((i * 3 % 5) as u8) }).collect(),
    )
    .unwrap()
}

#[test]
fn a_results_link_reads_back_exactly() {
    let payload = encode(&sample_answers(), &MLT.current_item_set());
    let url = results_link("https://counselor.example.org/mlt-fit/", &payload);
    let qr = qr_svg(&url).unwrap();
    let (meta, text) = decode_rendering(&qr);
    assert_eq!(text, url);
    // Error correction at least M (qrcodegen raises it when that costs no extra size).
    // Format-bit values: M = 0, L = 1, H = 2, Q = 3.
    assert_ne!(meta.ecc_level, 1, "never level L");
    assert_eq!(qr.modules, 17 + 4 * meta.version.0);
    assert!(qr.modules <= 45, "a results link is a version 7 code or smaller: {}", qr.modules);
}

#[test]
fn the_readme_example_and_other_links_read_back() {
    let named = encode_named(&sample_answers(), &MLT.current_item_set(), "José Núñez").unwrap();
    let urls = [
        "https://YOUR-HOST/mlt-fit/#/r/AQACO5BBBBIIBIJAABBJIAAJIIIBABIJIAIAMQI".to_string(),
        results_link("http://127.0.0.1:8080/", &named),
        results_link(
            "https://a-rather-long-school-district-host-name.example.edu/careers/tools/mlt-fit/index.html?lang=es",
            &named,
        ),
        "#/r/AQAB".to_string(),
        "x".to_string(),
    ];
    for url in &urls {
        let qr = qr_svg(url).unwrap();
        assert_eq!(decode_rendering(&qr).1, *url);
    }
}

#[test]
fn the_path_draws_exactly_the_dark_modules_inside_the_quiet_zone() {
    let qr = qr_svg("https://example.org/mlt-fit/#/r/AQACO5BBBBIIBIJAABBJIAAJIIIBABIJIAIAMQI").unwrap();
    assert_eq!(qr.view_box, qr.modules + 2 * QUIET_ZONE);
    assert_eq!(qr.dark.len(), qr.modules * qr.modules);
    let drawn = modules_from_path(&qr);
    for y in 0..qr.view_box {
        for x in 0..qr.view_box {
            let inside = (QUIET_ZONE..QUIET_ZONE + qr.modules).contains(&x)
                && (QUIET_ZONE..QUIET_ZONE + qr.modules).contains(&y);
            let expected = inside && qr.dark[(y - QUIET_ZONE) * qr.modules + (x - QUIET_ZONE)];
            assert_eq!(drawn[y * qr.view_box + x], expected, "module {x},{y}");
        }
    }
    // The three finder patterns: dark 7x7 corners.
    for (cx, cy) in [(0, 0), (qr.modules - 7, 0), (0, qr.modules - 7)] {
        assert!(qr.dark[cy * qr.modules + cx]);
    }
    // Compact: one short command per run, a few kilobytes.
    assert!(qr.path.len() < 8_000, "{} bytes", qr.path.len());
}

#[test]
fn same_link_same_code() {
    let url = "https://example.org/#/r/AQACO5BBBBIIBIJAABBJIAAJIIIBABIJIAIAMQI";
    assert_eq!(qr_svg(url), qr_svg(url));
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    assert_eq!(qr_svg(""), Err(QrError::Empty));
    assert_eq!(qr_svg(&"é".repeat(1_500)), Err(QrError::TooLong));
    assert_ne!(QrError::Empty.key(), QrError::TooLong.key());
    assert!(!ALT_KEY.is_empty());
}
