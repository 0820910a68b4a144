//! Throughput for archives, natively, with every shipped model. Prints, each
//! beside a baseline measured in the same run:
//! - segment only (the baseline), segment + tag, and the whole pipeline, in
//!   tokens/s on 1 thread and on all cores, with the speed-up;
//! - the `gleaner` command on a generated 50 MB JSON-lines archive with
//!   `--compact`, in MB/s, on 1 thread and on all cores, with its peak memory;
//! - one 100 MB document through `gleaner analyze --compact`: time and peak memory;
//! - the whole pipeline with a reader's entity list of 100,000 names, against
//!   none (the target: at most 10% slower).
//!
//! Run: `cargo bench -p gleaner-cli --bench throughput` (about 3 minutes on 2
//! cores). `GLEANER_BENCH_QUICK=1` shrinks the CLI inputs to 5 and 10 MB.

use gleaner_archive::{Analyzer, Article, Models};
use gleaner_core::label::Label;
use gleaner_core::reader::{EntityList, Guidance, ListEntry};
use gleaner_core::{Document, Language};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// best_of: the same timing as the core's benchmarks (news_text is not used here).
#[allow(dead_code)]
#[path = "../../core/benches/support/mod.rs"]
mod support;
use support::best_of;

/// The articles measured on: the shared samples when present, else the project's fixtures.
fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read_dir = |dir: PathBuf| -> Vec<String> {
        let mut paths: Vec<_> =
            std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        paths.sort();
        paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
    };
    let shared = read_dir(root.join("../../../shared/samples"));
    if shared.is_empty() {
        read_dir(root.join("../../tests/fixtures"))
    } else {
        shared
    }
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool")
}

fn main() {
    let quick = std::env::var_os("GLEANER_BENCH_QUICK").is_some();
    let cores = gleaner_archive::default_threads();
    let base = articles();
    // About 2 MB of articles, each kept whole: threads share out articles, as in an archive.
    let mut corpus: Vec<&str> = Vec::new();
    while corpus.iter().map(|a| a.len()).sum::<usize>() < 2_000_000 {
        corpus.extend(base.iter().map(String::as_str));
    }
    let bytes: usize = corpus.iter().map(|a| a.len()).sum();
    let models = Models::default();
    let model_for = |l: Language| models.get(l).ok().flatten();
    let lexicon = models.lexicon().expect("lexicon");
    for l in Language::ALL {
        let _ = model_for(l);
    }
    let budget = Duration::from_secs(4);
    let one = pool(1);
    let all = pool(cores);

    let segment = |a: &&str| Document::analyze(*a).tokens.len();
    let tag = |a: &&str| {
        let mut doc = Document::analyze(*a);
        doc.tag(model_for);
        doc.tokens.len()
    };
    let whole = |a: &&str| {
        let mut doc = Document::analyze(*a);
        doc.tag(model_for);
        doc.resolve(lexicon);
        doc.tokens.len()
    };
    let on = |pool: &rayon::ThreadPool, work: &(dyn Fn(&&str) -> usize + Sync)| {
        best_of(budget, || pool.install(|| corpus.par_iter().map(work).sum()))
    };
    let (segment_1, tokens) = on(&one, &segment);
    let (tag_1, _) = on(&one, &tag);
    let (tag_n, _) = on(&all, &tag);
    let (whole_1, _) = on(&one, &whole);
    let (whole_n, _) = on(&all, &whole);
    let rate = |d: Duration| tokens as f64 / d.as_secs_f64();
    let mb = |d: Duration| bytes as f64 / 1e6 / d.as_secs_f64();
    println!("input: {} articles, {:.1} MB, {tokens} tokens; {cores} cores", corpus.len(), bytes as f64 / 1e6);
    println!("{:<34} {:>12} {:>9} {:>14}", "", "tokens/s", "MB/s", "vs baseline");
    let row = |name: &str, d: Duration| {
        println!("{name:<34} {:>12.0} {:>9.2} {:>13.2}×", rate(d), mb(d), segment_1.as_secs_f64() / d.as_secs_f64());
    };
    row("segment only, 1 thread (baseline)", segment_1);
    row("segment + tag, 1 thread", tag_1);
    row(&format!("segment + tag, {cores} threads"), tag_n);
    row("whole pipeline, 1 thread", whole_1);
    row(&format!("whole pipeline, {cores} threads"), whole_n);
    println!(
        "speed-up from 1 to {cores} threads: segment + tag {:.2}×, whole pipeline {:.2}×",
        tag_1.as_secs_f64() / tag_n.as_secs_f64(),
        whole_1.as_secs_f64() / whole_n.as_secs_f64()
    );
    // The same articles through the library's own entry point, to show it adds nothing.
    let analyzer = Analyzer::new();
    let (library, _) = best_of(budget, || {
        all.install(|| {
            let articles = corpus.iter().map(|a| Article::new(*a)).collect();
            analyzer.analyze_many(articles, false, None).len()
        })
    });
    row(&format!("Analyzer::analyze_many, {cores} threads"), library);

    // A reader's list of 100,000 names, every one starting with a capitalized word of the
    // articles (so every such token is looked up and extended), 20 of them names the text has.
    let started = Instant::now();
    let list = name_list(&corpus, 100_000);
    let built = started.elapsed();
    let listed = |a: &&str| {
        let mut doc = Document::analyze(*a);
        doc.tag(model_for);
        doc.resolve_with(lexicon, &Guidance { list: Some(&list), corrections: &[] });
        doc.tokens.len()
    };
    let (listed_1, _) = on(&one, &listed);
    // The plain pipeline again, beside it, so that the two are measured in the same conditions.
    let (whole_again, _) = on(&one, &whole);
    row("whole pipeline + 100,000-name list", listed_1);
    let plain = whole_1.min(whole_again);
    println!(
        "entity list of {} names (indexed in {:.2} s): {:+.1}% time against none (target: at most +10%)",
        list.len(),
        built.as_secs_f64(),
        (listed_1.as_secs_f64() / plain.as_secs_f64() - 1.0) * 100.0
    );

    cli_archive(&corpus, cores, if quick { 5 } else { 50 });
    cli_one_document(&base.concat(), if quick { 10 } else { 100 });
}

/// `n` list entries: a capitalized word of the corpus and a made-up second word,
/// plus 20 of the corpus's words as names of their own.
fn name_list(corpus: &[&str], n: usize) -> EntityList {
    let mut words: Vec<&str> = corpus
        .iter()
        .flat_map(|a| a.split_whitespace())
        .filter(|w| {
            w.len() > 3 && w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut entries: Vec<ListEntry> =
        (0..n - 20).map(|i| ListEntry::tag(format!("{} Zq{i}", words[i % words.len()]), Label::ORG)).collect();
    entries.extend(words.iter().step_by((words.len() / 20).max(1)).take(20).map(|w| ListEntry::tag(*w, Label::MISC)));
    EntityList::new(entries).0
}

/// `gleaner analyze --jsonl --compact` on an archive of `megabytes` MB, on 1 thread and on all cores.
fn cli_archive(corpus: &[&str], cores: usize, megabytes: usize) {
    let path = scratch(&format!("archive-{megabytes}mb.jsonl"));
    let mut archive = String::new();
    let mut n = 0;
    while archive.len() < megabytes << 20 {
        let text = corpus[n % corpus.len()];
        archive.push_str(&serde_json::json!({ "id": n, "text": text }).to_string());
        archive.push('\n');
        n += 1;
    }
    std::fs::write(&path, &archive).expect("archive written");
    println!("\ngleaner analyze --jsonl --compact on {n} articles, {:.1} MB:", archive.len() as f64 / 1e6);
    let mut first = None;
    for threads in [1, cores] {
        let (elapsed, peak, lines) = run_cli(&["analyze", "--jsonl", "--compact", "-j", &threads.to_string()], &path);
        assert_eq!(lines, n, "one line per article");
        let speed_up = first
            .map_or(String::new(), |f: Duration| format!(", {:.2}× 1 thread", f.as_secs_f64() / elapsed.as_secs_f64()));
        first.get_or_insert(elapsed);
        println!(
            "  {threads} thread(s): {:.1} s, {:.2} MB/s, peak memory {:.0} MB{speed_up}",
            elapsed.as_secs_f64(),
            archive.len() as f64 / 1e6 / elapsed.as_secs_f64(),
            peak as f64 / 1e6
        );
    }
    let _ = std::fs::remove_file(path);
}

/// One document of `megabytes` MB through `gleaner analyze --compact`.
fn cli_one_document(text: &str, megabytes: usize) {
    let path = scratch(&format!("one-{megabytes}mb.txt"));
    let mut document = String::with_capacity((megabytes << 20) + text.len());
    while document.len() < megabytes << 20 {
        document.push_str(text);
        document.push_str("\n\n");
    }
    std::fs::write(&path, &document).expect("document written");
    let (elapsed, peak, lines) = run_cli(&["analyze", "--compact"], &path);
    assert_eq!(lines, 1);
    println!(
        "\none {:.0} MB document, gleaner analyze --compact: {:.1} s, {:.2} MB/s, peak memory {:.0} MB ({:.1}× the input)",
        document.len() as f64 / 1e6,
        elapsed.as_secs_f64(),
        document.len() as f64 / 1e6 / elapsed.as_secs_f64(),
        peak as f64 / 1e6,
        peak as f64 / document.len() as f64
    );
    let _ = std::fs::remove_file(path);
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-inputs");
    std::fs::create_dir_all(&dir).expect("target/bench-inputs");
    dir.join(name)
}

/// Runs the built `gleaner` on `input`: wall time, the child's peak resident memory in bytes, output lines.
// The child is reaped by wait4 (which also reports its memory), not by Child::wait.
#[allow(clippy::zombie_processes)]
fn run_cli(args: &[&str], input: &Path) -> (Duration, u64, usize) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_gleaner"))
        .args(args)
        .arg(input)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("gleaner runs");
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.expect("stdout");
    let lines = std::thread::spawn(move || {
        let mut counted = 0usize;
        let mut buffer = vec![0u8; 1 << 20];
        loop {
            match std::io::Read::read(&mut stdout, &mut buffer) {
                Ok(0) | Err(_) => break counted,
                Ok(n) => counted += buffer[..n].iter().filter(|&&b| b == b'\n').count(),
            }
        }
    });
    // wait4 gives this child's own resource use, peak memory included.
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child, not yet waited for; both pointers are valid for the call.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4");
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "gleaner {args:?} failed");
    let elapsed = started.elapsed();
    let lines = lines.join().expect("reader");
    (elapsed, usage.ru_maxrss as u64 * 1024, lines)
}
