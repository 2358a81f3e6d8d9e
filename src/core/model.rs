//! The scoring model's vocabulary: parts, interest areas, items, careers.
//! Values of these types are generated at build time from `content/*.toml` (see build.rs).

/// The six Holland (RIASEC) interest areas, in hexagon order: neighbours on the hexagon
/// are next to each other here, and C wraps round to R.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    R,
    I,
    A,
    S,
    E,
    C,
}

impl Area {
    pub const ALL: [Area; 6] = [Area::R, Area::I, Area::A, Area::S, Area::E, Area::C];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn letter(self) -> char {
        ['R', 'I', 'A', 'S', 'E', 'C'][self.index()]
    }

    /// Steps apart on the RIASEC hexagon: 0 same, 1 adjacent, 2 alternate, 3 opposite.
    pub fn hexagon_distance(self, other: Area) -> usize {
        let d = self.index().abs_diff(other.index());
        d.min(6 - d)
    }
}

/// The four parts of the questionnaire; each gets its own sub-score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Interest,
    WorkStyle,
    Conditions,
    Practical,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Interest, Part::WorkStyle, Part::Conditions, Part::Practical];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Whether agreeing with an item (or liking an activity) is what MLT work asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keyed {
    Plus,
    Minus,
}

/// One question, as the scoring model sees it (its wording lives in the locale).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemSpec {
    pub id: &'static str,
    pub part: Part,
    /// Set for interest items only.
    pub area: Option<Area>,
    /// Index into the locale's scales.
    pub scale: usize,
    pub keyed: Keyed,
    pub weight: f64,
    /// An aligned answer (0 furthest from MLT work, 4 closest) at or below this is a deal-breaker.
    pub deal_breaker_at: Option<u8>,
}

/// Lowest overall score of each band; below `mixed` is low.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandLimits {
    pub strong: f64,
    pub good: f64,
    pub mixed: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Model {
    pub item_set: u16,
    /// Weight of each part, indexed by `Part::index`, summing to 1.
    pub part_weights: [f64; 4],
    pub bands: BandLimits,
    pub deal_breaker_cap: f64,
    /// MLT interest profile on O*NET's 1-7 scale, indexed by `Area::index`.
    pub mlt_profile: [f64; 6],
    pub items: &'static [ItemSpec],
}

/// A published question set: the item ids in the order a results link stores them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemSet<'a> {
    pub version: u16,
    pub item_ids: &'a [&'a str],
}

/// A career the results can suggest, with its interest profile on the 1-7 scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CareerSpec {
    pub id: &'static str,
    pub soc: &'static str,
    pub code: &'static str,
    pub profile: [f64; 6],
    pub guide_link: Option<&'static str>,
}

/// Yearly pay figures shown in the guide's salary graphic.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SalaryFacts {
    pub low: u32,
    pub median: u32,
    pub high: u32,
    pub bls_median: u32,
    pub bls_year: u16,
}

/// Where an overall fit score falls. `Unknown` when too few questions were answered to
/// place anyone fairly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    Strong,
    Good,
    Mixed,
    Low,
    Unknown,
}

impl Band {
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable name, used in messages to a host page (`strong`, `good`, ...).
    pub fn key(self) -> &'static str {
        ["strong", "good", "mixed", "low", "unknown"][self.index()]
    }
}
