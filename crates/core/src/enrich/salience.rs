//! Salience, 0..1 per entity: how often it is named (against the most named),
//! how early it first appears, whether the title or lead names it, and how
//! many paragraphs it spreads over.

use crate::label::Label;
use crate::mention::Mention;
use crate::resolve::Entity;
use crate::text::Span;

const FREQUENCY: f32 = 0.4;
const FIRST_POSITION: f32 = 0.15;
const TITLE_OR_LEAD: f32 = 0.25;
const SPREAD: f32 = 0.2;
/// A nationality word's share of the score an actor would get: below any
/// person, organization or place named about as often.
const NORP_WEIGHT: f32 = 0.5;

/// Sets `salience` on every entity. The title and lead are the first two
/// paragraphs (a headline line and the opening paragraph, as pasted articles run).
pub fn score_salience(entities: &mut [Entity], mentions: &[Mention], paragraphs: &[Span], text_len: usize) {
    let most = entities.iter().map(|e| e.mentions.len()).max().unwrap_or(1).max(1) as f32;
    let lead_end = paragraphs.get(1).or(paragraphs.first()).map_or(0, |p| p.end);
    let n_paragraphs = paragraphs.len().max(1) as f32;
    for entity in entities.iter_mut() {
        let starts: Vec<usize> =
            entity.mentions.iter().filter_map(|&m| mentions.get(m)).map(|m| m.span.start).collect();
        let Some(&first) = starts.iter().min() else {
            entity.salience = 0.0;
            continue;
        };
        let frequency = starts.len() as f32 / most;
        let position = 1.0 - first as f32 / text_len.max(1) as f32;
        let lead = if first < lead_end { 1.0 } else { 0.0 };
        let mut seen: Vec<usize> = starts.iter().map(|&s| paragraphs.partition_point(|p| p.end <= s)).collect();
        seen.sort_unstable();
        seen.dedup();
        let spread = seen.len() as f32 / n_paragraphs;
        let score = FREQUENCY * frequency + FIRST_POSITION * position + TITLE_OR_LEAD * lead + SPREAD * spread;
        // The actors of a story (people, organizations, places, things) rank above
        // the nationality words that describe them ("kubanischen", "Russian").
        let score = if entity.label == Label::NORP { score * NORP_WEIGHT } else { score };
        entity.salience = (score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0;
    }
}
