//! Realistic synthetic responses, the same for the same seed: for trying reports before
//! real data exists, and for benchmarks.
//!
//! Each profile group leans its own way, a few items split the respondents into two camps
//! (divergent), a few answers are "no answer", and a few carry comments.

use std::collections::BTreeMap;

use crate::questionnaire::format::ItemKind;
use crate::questionnaire::{DefinedItem, Definition};
use crate::response::{Answer, Mode, QuestionnaireRef, RESPONSE_SCHEMA_VERSION, Response};

/// Comments drawn at random, in English and French.
const COMMENTS: [(&str, &str); 6] = [
    (
        "We are consulted once the plan is already made.",
        "On nous consulte une fois le plan déjà fait.",
    ),
    (
        "The meetings work well when the agenda is shared beforehand.",
        "Les rencontres vont bien quand l’ordre du jour est envoyé avant.",
    ),
    (
        "Community groups struggle to find the time to attend.",
        "Les groupes communautaires ont du mal à trouver le temps de venir.",
    ),
    (
        "One partner still speaks for everyone.",
        "Un partenaire parle encore au nom de tous.",
    ),
    (
        "The shared data has made a real difference this year.",
        "Les données partagées ont fait une vraie différence cette année.",
    ),
    (
        "We should revisit who is at the table.",
        "Nous devrions revoir qui est autour de la table.",
    ),
];

/// The tendencies of one demo population, drawn once from the seed.
pub struct Demo<'d> {
    def: &'d Definition,
    seed: u64,
    /// Per item: a base lean (−1 … 1) and whether it splits people into two camps.
    items: Vec<(f64, bool)>,
    /// Per profile field: the lean of each choice.
    groups: Vec<Vec<f64>>,
}

impl<'d> Demo<'d> {
    pub fn new(def: &'d Definition, seed: u64) -> Self {
        let mut rng = fastrand::Rng::with_seed(seed);
        let scored = def.items.iter().filter(|i| i.kind.is_scored()).count();
        // About one scored item in six splits respondents, at least one.
        let split_every = (scored / 3).clamp(1, 6);
        let mut k = 0;
        let items = def
            .items
            .iter()
            .map(|item| {
                let lean = rng.f64() * 1.2 - 0.4;
                let split = item.kind.is_scored() && {
                    k += 1;
                    k % split_every == 2 % split_every
                };
                (lean, split)
            })
            .collect();
        let groups = def
            .profile
            .iter()
            .map(|f| f.choices.iter().map(|_| rng.f64() * 1.2 - 0.6).collect())
            .collect();
        Demo {
            def,
            seed,
            items,
            groups,
        }
    }

    /// The same population some months later: each item's lean drifts (most a little, some a
    /// lot either way, more often up), a split item may settle, and responses get new ids.
    pub fn later_round(&self, round: u64) -> Demo<'d> {
        let seed = self.seed ^ round.wrapping_mul(0xD1B5_4A32_D192_ED03);
        let mut rng = fastrand::Rng::with_seed(seed);
        let items = self
            .items
            .iter()
            .map(|&(lean, split)| {
                let drift = match rng.f64() {
                    x if x < 0.25 => 0.5 + rng.f64() * 0.4,
                    x if x < 0.35 => -0.5 - rng.f64() * 0.4,
                    _ => rng.f64() * 0.3 - 0.1,
                };
                (lean + drift, split && rng.f64() < 0.6)
            })
            .collect();
        Demo {
            def: self.def,
            seed,
            items,
            groups: self.groups.clone(),
        }
    }

    /// Response number `n`, the same for the same seed and number.
    pub fn response(&self, n: u64, mode: Mode) -> Response {
        let def = self.def;
        let mut rng = fastrand::Rng::with_seed(
            self.seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(1),
        );
        let mut bytes = [0u8; 16];
        rng.fill(&mut bytes);
        let id = uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .simple()
            .to_string();
        let language = if def.offers("fr") && rng.f64() < 0.3 {
            "fr"
        } else {
            def.default_language.as_str()
        };
        let mut lean = 0.0;
        let mut profile = BTreeMap::new();
        for (f, field) in def.profile.iter().enumerate() {
            if field.choices.is_empty() || rng.f64() < 0.05 {
                continue;
            }
            // Earlier choices are more common.
            let k = ((rng.f64().powf(1.6)) * field.choices.len() as f64) as usize;
            let k = k.min(field.choices.len() - 1);
            profile.insert(field.id.clone(), field.choices[k].code.clone());
            lean += self.groups[f][k];
        }
        let mut answers = BTreeMap::new();
        let mut comments = BTreeMap::new();
        for (i, item) in def.items.iter().enumerate() {
            let (item_lean, split) = self.items[i];
            if let Some(answer) = self.answer(&mut rng, item, item_lean + lean, split) {
                answers.insert(item.id.clone(), answer);
            }
            if item.comment && rng.f64() < 0.001 {
                let (en, fr) = COMMENTS[rng.usize(..COMMENTS.len())];
                comments.insert(
                    item.id.clone(),
                    if language == "fr" { fr } else { en }.to_owned(),
                );
            }
        }
        let day = jiff::civil::date(2026, 3, 2)
            .checked_add(jiff::Span::new().days((n % 14) as i64))
            .unwrap_or(jiff::civil::date(2026, 3, 2));
        Response {
            schema_version: RESPONSE_SCHEMA_VERSION,
            id,
            questionnaire: QuestionnaireRef::of(def),
            language: language.to_owned(),
            submitted: day,
            mode,
            prerequisites: def
                .prerequisites
                .iter()
                .map(|p| (p.id.clone(), true))
                .collect(),
            profile,
            answers,
            comments,
            closing_comment: None,
        }
    }

    fn answer(
        &self,
        rng: &mut fastrand::Rng,
        item: &DefinedItem,
        lean: f64,
        split: bool,
    ) -> Option<Answer> {
        let pick = |rng: &mut fastrand::Rng| -> String {
            if item.no_answer && rng.f64() < 0.03 {
                return crate::response::NO_ANSWER_CODE.to_owned();
            }
            // Options from the lowest score to the highest.
            let mut order: Vec<&crate::questionnaire::format::AnswerOption> =
                item.options.iter().collect();
            order.sort_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
            if split && rng.f64() < 0.7 {
                let end = if rng.bool() { order.len() - 1 } else { 0 };
                return order[end].code.clone();
            }
            let noise = (rng.f64() + rng.f64() + rng.f64() - 1.5) * 0.9;
            let x = ((lean + noise + 1.0) / 2.0).clamp(0.0, 0.9999);
            order[(x * order.len() as f64) as usize].code.clone()
        };
        match item.kind {
            ItemKind::Single if !item.options.is_empty() => Some(Answer::Text(pick(rng))),
            ItemKind::Grid if !item.options.is_empty() => Some(Answer::Rows(
                item.rows
                    .iter()
                    .map(|r| (r.id.clone(), pick(rng)))
                    .collect(),
            )),
            ItemKind::Multiple if !item.options.is_empty() => {
                let min = item.min_choices.unwrap_or(1).max(1) as usize;
                let max = (item.max_choices.map_or(item.options.len(), |m| m as usize))
                    .max(min)
                    .min(item.options.len());
                let n = rng.usize(min..=max);
                let mut codes: Vec<String> = item.options.iter().map(|o| o.code.clone()).collect();
                rng.shuffle(&mut codes);
                codes.truncate(n);
                codes.sort_by_key(|c| item.options.iter().position(|o| &o.code == c));
                Some(Answer::Choices(codes))
            }
            ItemKind::Number => {
                let (lo, hi) = (item.min.unwrap_or(0.0), item.max.unwrap_or(100.0));
                let x = lo + rng.f64() * (hi - lo);
                Some(Answer::Number(if item.integer {
                    x.round()
                } else {
                    (x * 10.0).round() / 10.0
                }))
            }
            ItemKind::Text => (rng.f64() < 0.05)
                .then(|| Answer::Text(COMMENTS[rng.usize(..COMMENTS.len())].0.to_owned())),
            _ => None,
        }
        .filter(|_| item.required || rng.f64() < 0.9)
    }

    /// The group's answer: for each single item, the most common option.
    pub fn collective(&self, individual: &[Response]) -> Response {
        let mut r = self.response(u64::MAX, Mode::Collective);
        r.profile.clear();
        r.comments.clear();
        for item in self.def.items.iter().filter(|i| i.kind == ItemKind::Single) {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for resp in individual {
                if let Some(Answer::Text(code)) = resp.answers.get(&item.id)
                    && code != crate::response::NO_ANSWER_CODE
                {
                    *counts.entry(code).or_insert(0) += 1;
                }
            }
            if let Some((code, _)) = counts.into_iter().max_by_key(|(_, n)| *n) {
                r.answers
                    .insert(item.id.clone(), Answer::Text(code.to_owned()));
            }
        }
        // Written in the response's language, as the group would have.
        r.closing_comment = Some(
            if r.language == "fr" {
                "Nous avons trouvé un accord sur la plupart des énoncés après une longue discussion sur l’influence."
            } else {
                "We agreed on most items after a long talk about influence."
            }
            .to_owned(),
        );
        r
    }
}
