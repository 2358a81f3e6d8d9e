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

/// The parts of the questionnaire. The four in `ALL` get their own sub-score; candour
/// items are asked but never scored: they feed a response-quality check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Interest,
    WorkStyle,
    Conditions,
    Practical,
    Candour,
}

impl Part {
    /// The scored parts, in the order results list them.
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
    /// Index into `Model::obstacles` of the obstacle this item asks about.
    pub obstacle: Option<usize>,
    /// An aligned answer (0 furthest from MLT work, 4 closest) at or below this is an obstacle.
    pub deal_breaker_at: Option<u8>,
}

impl ItemSpec {
    /// A statement whose keying the yes-saying check can use (not interest, not candour).
    pub fn is_keyed_statement(&self) -> bool {
        self.area.is_none() && self.part != Part::Candour
    }
}

/// Something that rules MLT work out for now, whatever else fits (see content/model.toml).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ObstacleSpec {
    pub id: &'static str,
    /// Related careers that require this are not suggested when the obstacle is present.
    pub rules_out: bool,
    /// Related careers above this O*NET Job Zone are listed after the others.
    pub prefer_job_zone_at_most: Option<u8>,
}

/// What a result needs before a band is given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coverage {
    pub part_share: f64,
    pub area_answers: usize,
    pub keyed_share: f64,
}

/// Thresholds of the response-quality checks (SCORING.md section 6).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QualityLimits {
    pub yes_saying_mean: f64,
    pub no_saying_mean: f64,
    pub straight_line_share: f64,
    pub straight_line_min_answers: usize,
    pub flat_profile_range: f64,
    pub candour_claims: usize,
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
    /// MLT interest profile on O*NET's 1-7 scale, indexed by `Area::index`.
    pub mlt_profile: [f64; 6],
    /// How much liking an area below the MLT profile's mean counts against the interest match.
    pub far_area_weight: f64,
    pub coverage: Coverage,
    pub quality: QualityLimits,
    pub obstacles: &'static [ObstacleSpec],
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
    /// O*NET Job Zone, 1 (little preparation) to 5 (extensive).
    pub job_zone: u8,
    /// Indexes into `Model::obstacles` of what the career involves (e.g. handling blood).
    pub requires: &'static [usize],
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

/// The verdict a result claims. The first four are fit bands, best first. `Unknown`: too
/// few answers to place anyone fairly. `Unclear`: a response-quality check fired, so no fit
/// band is claimed. `Obstacle`: an answer rules MLT work out for now, whatever else fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    Strong,
    Good,
    Mixed,
    Low,
    Unknown,
    Unclear,
    Obstacle,
}

impl Band {
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable name, used in messages to a host page (`strong`, `good`, ...).
    pub fn key(self) -> &'static str {
        ["strong", "good", "mixed", "low", "unknown", "unclear", "obstacle"][self.index()]
    }

    /// For the fit bands, 4 (strong) to 1 (low); 0 for a result that claims no fit band.
    pub fn rank(self) -> u8 {
        match self {
            Band::Strong => 4,
            Band::Good => 3,
            Band::Mixed => 2,
            Band::Low => 1,
            Band::Unknown | Band::Unclear | Band::Obstacle => 0,
        }
    }
}
