//! Strict, unpadded base64url (RFC 4648 §5), the alphabet of results links and hand-in
//! codes. Strict so that every byte string has exactly one text form: a link that decodes
//! is the link the encoder wrote, character for character.

use super::LinkError;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64 length of `bytes` bytes.
pub(crate) const fn base64_len(bytes: usize) -> usize {
    (bytes * 8).div_ceil(6)
}

/// Whether `c` can appear in a payload (`A-Z a-z 0-9 - _`). Case matters: `a` and `A` are
/// different characters, so codes must be typed exactly.
pub fn is_payload_char(c: char) -> bool {
    u8::try_from(c).is_ok_and(|b| sextet_value(b).is_some())
}

pub(crate) fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base64_len(bytes.len()));
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            out.push(sextet_char(acc >> bits));
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(sextet_char(acc << (6 - bits)));
    }
    out
}

fn sextet_char(sextet: u32) -> char {
    ALPHABET.get((sextet & 0x3F) as usize).map_or('A', |&c| char::from(c))
}

fn sextet_value(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Strict unpadded base64url: alphabet only, no 4k+1 lengths, zero trailing bits.
pub(crate) fn base64_decode(text: &[u8]) -> Result<Vec<u8>, LinkError> {
    if text.iter().any(|&c| sextet_value(c).is_none()) {
        return Err(LinkError::BadChars);
    }
    if text.len() % 4 == 1 {
        return Err(LinkError::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for &c in text {
        acc = (acc << 6) | sextet_value(c).ok_or(LinkError::BadChars)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Left-over bits (2 or 4) are padding in the last character: an encoder writes zeros.
    // Every character is a link character, so the last one was changed, or the link was cut
    // after it: said as a failed check ("a character was probably changed or lost"), not as
    // characters a link never has.
    if acc != 0 {
        return Err(LinkError::Checksum);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        // RFC 4648 §10 vectors, without padding.
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(raw.as_bytes()), enc);
            assert_eq!(base64_decode(enc.as_bytes()), Ok(raw.as_bytes().to_vec()));
        }
        // URL-safe alphabet: 0xFB 0xFF -> "-_8".
        assert_eq!(base64_encode(&[0xFB, 0xFF]), "-_8");
        assert_eq!(base64_decode(b"Zh"), Err(LinkError::Checksum));
        assert_eq!(base64_decode(b"Zm9"), Err(LinkError::Checksum));
        assert_eq!(base64_decode(b"Zm9vY"), Err(LinkError::Truncated));
    }

    #[test]
    fn payload_chars_are_the_alphabet_exactly() {
        let accepted: String = (0u32..0x300).filter_map(char::from_u32).filter(|c| is_payload_char(*c)).collect();
        assert_eq!(accepted.as_bytes(), {
            let mut sorted = ALPHABET.to_vec();
            sorted.sort_unstable();
            sorted
        });
    }
}
