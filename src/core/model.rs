//! The scoring model's vocabulary: parts, interest areas, items, careers.
//! Values of these types are generated at build time from a career's content folder
//! (`content/*.toml` for the app; see build.rs).

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

/// What kind of part of the questionnaire a `[[part]]` is, which decides how it is scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartKind {
    /// Exactly one part: activities, each in a RIASEC area, scored against the career's
    /// interest profile (SCORING.md §3).
    Interest,
    /// Agree-scale statements keyed both ways, scored by their keying (SCORING.md §4).
    Statements,
    /// Asked, never scored: candour claims, which feed a response-quality check.
    Unscored,
}

impl PartKind {
    pub const ALL: [PartKind; 3] = [PartKind::Interest, PartKind::Statements, PartKind::Unscored];
}

/// One part of the questionnaire (`[[part]]` in the career's `model.toml`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartSpec {
    pub id: &'static str,
    pub kind: PartKind,
    /// Share of the overall score: the scored parts' weights add up to 1; 0 for unscored.
    pub weight: f64,
}

impl PartSpec {
    /// The part gets its own sub-score and counts toward the overall score.
    pub fn is_scored(&self) -> bool {
        self.kind != PartKind::Unscored
    }
}

/// Whether agreeing with an item (or liking an activity) is what the target career asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keyed {
    Plus,
    Minus,
}

/// One question, as the scoring model sees it (its wording lives in the locale).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemSpec {
    pub id: &'static str,
    /// Index into `Model::parts`.
    pub part: usize,
    /// The kind of that part (denormalised by the content compiler, for speed).
    pub kind: PartKind,
    /// Set for interest items only.
    pub area: Option<Area>,
    /// Index into the locale's scales.
    pub scale: usize,
    pub keyed: Keyed,
    pub weight: f64,
    /// Index into `Model::obstacles` of the obstacle this item asks about.
    pub obstacle: Option<usize>,
    /// An aligned answer (0 furthest from the career's work, 4 closest) at or below this is an
    /// obstacle.
    pub deal_breaker_at: Option<u8>,
}

impl ItemSpec {
    /// An item of the interest part (an activity in a RIASEC area).
    pub fn is_interest(&self) -> bool {
        self.kind == PartKind::Interest
    }

    /// Asked, never scored (a candour claim).
    pub fn is_unscored(&self) -> bool {
        self.kind == PartKind::Unscored
    }

    /// A statement whose keying the yes-saying check can use (not interest, not unscored).
    pub fn is_keyed_statement(&self) -> bool {
        self.kind == PartKind::Statements
    }
}

/// Something that rules the career out for now, whatever else fits (see content/model.toml).
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
    /// The questionnaire's parts, in the order results list them; `ItemSpec::part` indexes this.
    pub parts: &'static [PartSpec],
    pub bands: BandLimits,
    /// The target career's interest profile on O*NET's 1-7 scale, indexed by `Area::index`.
    pub career_profile: [f64; 6],
    /// How much liking an area below the career profile's mean counts against the interest match.
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
/// band is claimed. `Obstacle`: an answer rules the career out for now, whatever else fits.
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
    /// Every band, in index order.
    pub const ALL: [Band; 7] =
        [Band::Strong, Band::Good, Band::Mixed, Band::Low, Band::Unknown, Band::Unclear, Band::Obstacle];

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
