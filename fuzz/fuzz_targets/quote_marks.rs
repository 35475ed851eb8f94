//! Arbitrary text → `quotes::marks::find_quotes` over a sub-range; spans must
//! be well-formed, inside the range, sorted and properly nested.
#![no_main]
use libfuzzer_sys::fuzz_target;
use whosaid::quotes::marks::find_quotes;

fn floor_boundary(t: &str, mut i: usize) -> usize {
    i = i.min(t.len());
    while !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, body)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(body);
    let from = floor_boundary(&text, (sel as usize) % 8);
    let to = if sel & 0x80 != 0 { floor_boundary(&text, text.len().saturating_sub((sel as usize >> 3) & 7)) } else { text.len() };
    let to = to.max(from);
    let spans = find_quotes(&text, from, to);
    for q in &spans {
        assert!(from <= q.open && q.open <= q.start && q.start <= q.end && q.end <= q.close && q.close <= to,
            "malformed span {q:?} in {from}..{to}");
        for b in [q.open, q.start, q.end, q.close] {
            assert!(text.is_char_boundary(b), "offset {b} not on a char boundary");
        }
        assert!(q.start < q.end, "empty content {q:?}");
    }
    for w in spans.windows(2) {
        assert!(w[0].open <= w[1].open, "not sorted by open");
    }
    // Laminar: two spans are disjoint or one contains the other.
    for (i, a) in spans.iter().enumerate() {
        for b in &spans[i + 1..] {
            let disjoint = a.close <= b.open || b.close <= a.open;
            let nested = (a.open <= b.open && b.close <= a.close) || (b.open <= a.open && a.close <= b.close);
            assert!(disjoint || nested, "crossing spans {a:?} {b:?}");
        }
    }
    // Outer quotes disjoint and sorted (Pipeline::process binary-searches them).
    let outer: Vec<_> = spans.iter().filter(|q| q.depth == 0).collect();
    for w in outer.windows(2) {
        assert!(w[0].close <= w[1].open, "outer quotes overlap {:?} {:?}", w[0], w[1]);
    }
});
