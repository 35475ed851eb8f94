//! Eight bytes at a time: the word-at-a-time tests the byte scans share
//! (skipping ASCII, looking for a few special bytes, counting UTF-8
//! continuation bytes), written once.

/// One in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `b` at `i` as a little-endian word, if there are eight.
#[inline]
pub(crate) fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let c = b.get(i..i + 8)?;
    Some(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
}

/// High bits marking the bytes of `word` equal to `byte`. The lowest mark
/// is exact (a borrow can only mark bytes above a true match), so
/// `trailing_zeros() / 8` is the index of the first such byte.
#[inline]
pub(crate) fn byte_mask(word: u64, byte: u8) -> u64 {
    let v = word ^ (ONES * byte as u64);
    v.wrapping_sub(ONES) & !v & HIGHS
}

/// Code points in UTF-8 bytes: the bytes that are not continuation bytes
/// (`10xxxxxx`).
///
/// ```
/// let s = "déjà vu, « ça »";
/// assert_eq!(whosaid::bytescan::count_chars(s.as_bytes()), s.chars().count());
/// ```
pub fn count_chars(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // Bit 7 set and bit 6 clear, moved to bit 7 of each byte.
        continuation += (w & !(w << 1) & HIGHS).count_ones() as usize;
    }
    continuation += chunks.remainder().iter().filter(|&&b| (b & 0xC0) == 0x80).count();
    bytes.len() - continuation
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_mask_finds_every_position() {
        for pos in 0..8 {
            let mut b = *b"abcdefgh";
            assert_eq!(byte_mask(word_at(&b, 0).unwrap(), b','), 0);
            b[pos] = b',';
            assert_ne!(byte_mask(word_at(&b, 0).unwrap(), b','), 0, "{pos}");
        }
        assert_ne!(byte_mask(word_at(&[0xE2; 8], 0).unwrap(), 0xE2), 0);
        assert_eq!(word_at(b"1234567", 0), None);
    }

    #[test]
    fn lowest_byte_mark_is_the_first_match() {
        // Every target, in every lane, among fillers that are equal to it,
        // one below or above it (the borrow cases).
        for target in 0..=255u8 {
            for fill in [target.wrapping_add(1), target.wrapping_sub(1), 0, 0x80, 0xFF] {
                for first in 0..8 {
                    let mut w = [fill; 8];
                    w[first] = target;
                    let want = w.iter().position(|&b| b == target).unwrap();
                    let m = byte_mask(u64::from_le_bytes(w), target);
                    assert_eq!(m.trailing_zeros() as usize / 8, want, "{target:#x} {fill:#x} {first}");
                }
                assert_eq!(byte_mask(u64::from_le_bytes([fill; 8]), target) == 0, fill != target);
            }
        }
    }
}
