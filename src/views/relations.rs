//! Relations: the entities named together in a sentence, as a graph (SVG,
//! laid out by a small force simulation; a node's size is its salience) and as
//! a list of pairs. Choosing a node keeps its pairs; choosing a pair shows the
//! sentences that name both.

use crate::SharedDocument;
use gleaner_core::Document;
use yew::prelude::*;

/// More nodes than this make an unreadable graph; the most salient are kept.
const MAX_NODES: usize = 24;
const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 360.0;

/// Node positions for the entities `nodes` joined by `edges` (index pairs):
/// Fruchterman–Reingold from a circle, deterministic, kept inside the box.
pub fn layout(nodes: usize, edges: &[(usize, usize, u32)]) -> Vec<(f64, f64)> {
    let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
    let mut at: Vec<(f64, f64)> = (0..nodes)
        .map(|i| {
            let angle = i as f64 / nodes.max(1) as f64 * std::f64::consts::TAU;
            (cx + 140.0 * angle.cos(), cy + 110.0 * angle.sin())
        })
        .collect();
    if nodes < 2 {
        return at.into_iter().map(|_| (cx, cy)).collect();
    }
    let k = (WIDTH * HEIGHT / nodes as f64).sqrt() * 0.6;
    let mut heat = WIDTH / 8.0;
    for _ in 0..200 {
        let mut push = vec![(0.0, 0.0); nodes];
        for i in 0..nodes {
            for j in i + 1..nodes {
                let (dx, dy) = (at[i].0 - at[j].0, at[i].1 - at[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(0.01);
                let f = k * k / d;
                push[i].0 += dx / d * f;
                push[i].1 += dy / d * f;
                push[j].0 -= dx / d * f;
                push[j].1 -= dy / d * f;
            }
        }
        for &(a, b, weight) in edges {
            let (dx, dy) = (at[a].0 - at[b].0, at[a].1 - at[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            let f = d * d / k * (1.0 + f64::from(weight).ln());
            push[a].0 -= dx / d * f;
            push[a].1 -= dy / d * f;
            push[b].0 += dx / d * f;
            push[b].1 += dy / d * f;
        }
        for (p, (fx, fy)) in at.iter_mut().zip(push) {
            let length = (fx * fx + fy * fy).sqrt().max(0.01);
            p.0 = (p.0 + fx / length * length.min(heat)).clamp(40.0, WIDTH - 40.0);
            p.1 = (p.1 + fy / length * length.min(heat)).clamp(24.0, HEIGHT - 24.0);
        }
        heat *= 0.97;
    }
    at
}

#[derive(Properties, PartialEq)]
pub struct RelationsProps {
    pub document: SharedDocument,
}

#[function_component(Relations)]
pub fn relations(props: &RelationsProps) -> Html {
    let focus = use_state(|| None::<u32>); // an entity: only its pairs
    let pair = use_state(|| None::<(u32, u32)>); // a pair: its sentences
    let doc: &Document = &props.document;
    if doc.relations.is_empty() {
        // Said, not left blank: a reader should not wonder whether the graph failed to draw.
        let text = if doc.entities.len() < 2 {
            "No relations: the article names fewer than two entities."
        } else {
            "No relations: no two of the article's entities are named in the same sentence."
        };
        return html! {
            <section class="relations" aria-label="Relations" data-testid="relations">
                <h2>{"Named together"}</h2>
                <p class="hint" data-testid="no-relations">{text}</p>
            </section>
        };
    }
    // The most salient entities that have a relation, and the relations between them.
    let mut ids: Vec<u32> = doc.relations.iter().flat_map(|r| [r.a, r.b]).collect();
    ids.sort_unstable();
    ids.dedup();
    let salience = |id: u32| doc.entity(id).map_or(0.0, |e| e.salience);
    ids.sort_by(|a, b| salience(*b).total_cmp(&salience(*a)));
    ids.truncate(MAX_NODES);
    let index = |id: u32| ids.iter().position(|&x| x == id);
    let edges: Vec<(usize, usize, u32)> =
        doc.relations.iter().filter_map(|r| Some((index(r.a)?, index(r.b)?, r.weight))).collect();
    let at = layout(ids.len(), &edges);
    let name = |id: u32| doc.entity(id).map_or_else(|| format!("e{id}"), |e| e.name.clone());
    let touches = |a: u32, b: u32| focus.is_none_or(|f| f == a || f == b);
    let mut pairs: Vec<_> = doc.relations.iter().filter(|r| touches(r.a, r.b)).collect();
    pairs.sort_by_key(|r| std::cmp::Reverse(r.weight));

    let choose_node = |id: u32| {
        let focus = focus.clone();
        let pair = pair.clone();
        move || {
            pair.set(None);
            focus.set(if *focus == Some(id) { None } else { Some(id) });
        }
    };
    let nodes = ids.iter().enumerate().map(|(i, &id)| {
        let (x, y) = at[i];
        let label = doc.entity(id).map_or("MISC", |e| e.label.as_str());
        let radius = 6.0 + 14.0 * f64::from(salience(id));
        let chosen = *focus == Some(id);
        let onclick = { let choose = choose_node(id); Callback::from(move |_: MouseEvent| choose()) };
        let onkeydown = {
            let choose = choose_node(id);
            Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" || e.key() == " " { e.prevent_default(); choose() })
        };
        html! {
            <g class={classes!("node", format!("ent-{label}"), chosen.then_some("chosen"))} tabindex="0" role="button"
                aria-pressed={chosen.to_string()} aria-label={format!("{}: show only its pairs", name(id))}
                data-entity={id.to_string()} {onclick} {onkeydown}>
                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{radius:.1}")} />
                <text x={format!("{x:.1}")} y={format!("{:.1}", y + radius + 12.0)} text-anchor="middle">{name(id)}</text>
            </g>
        }
    });
    let lines = edges.iter().map(|&(a, b, weight)| {
        let shown = touches(ids[a], ids[b]);
        html! {
            <line class={classes!("edge", (!shown).then_some("faded"))} x1={format!("{:.1}", at[a].0)} y1={format!("{:.1}", at[a].1)}
                x2={format!("{:.1}", at[b].0)} y2={format!("{:.1}", at[b].1)} stroke-width={format!("{:.1}", 1.0 + f64::from(weight).ln() * 1.5)} />
        }
    });
    html! {
        <section class="relations" aria-label="Relations" data-testid="relations">
            <h2>{"Named together"}</h2>
            <svg class="graph" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="group"
                aria-label="Graph of the entities named in the same sentence; choose one to keep its pairs">
                { for lines }
                { for nodes }
            </svg>
            if let Some(id) = *focus {
                <p class="relations-focus">{format!("Pairs with {}", name(id))}
                    <button type="button" onclick={ let focus = focus.clone(); Callback::from(move |_| focus.set(None)) }>{"Show all"}</button>
                </p>
            }
            <ul class="pairs" data-testid="relation-pairs">
                { for pairs.iter().take(40).map(|r| {
                    let key = (r.a, r.b);
                    let open = *pair == Some(key);
                    let onclick = { let pair = pair.clone(); Callback::from(move |_: MouseEvent| pair.set(if open { None } else { Some(key) })) };
                    html! {
                        <li data-testid="relation">
                            <button type="button" class="pair-button" aria-expanded={open.to_string()} {onclick}>
                                {format!("{} — {}", name(r.a), name(r.b))}
                            </button>
                            <span class="count">{format!(" · {} sentence{}", r.weight, if r.weight == 1 { "" } else { "s" })}</span>
                            if open {
                                <ol class="evidence" data-testid="evidence">
                                    { for r.sentences.iter().filter_map(|&s| doc.sentences.get(s)).map(|s| html! { <li>{s.text(&doc.text)}</li> }) }
                                </ol>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::layout;

    #[test]
    fn the_layout_stays_in_the_box_and_keeps_nodes_apart() {
        let edges = [(0, 1, 3), (1, 2, 1), (2, 0, 1), (3, 4, 2)];
        let at = layout(6, &edges);
        assert_eq!(at.len(), 6);
        for &(x, y) in &at {
            assert!((0.0..=super::WIDTH).contains(&x) && (0.0..=super::HEIGHT).contains(&y));
        }
        for i in 0..at.len() {
            for j in i + 1..at.len() {
                let d = ((at[i].0 - at[j].0).powi(2) + (at[i].1 - at[j].1).powi(2)).sqrt();
                assert!(d > 10.0, "nodes {i} and {j} overlap");
            }
        }
        assert_eq!(layout(1, &[]), vec![(super::WIDTH / 2.0, super::HEIGHT / 2.0)]);
        assert!(layout(0, &[]).is_empty());
    }
}
