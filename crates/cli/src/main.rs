//! `gleaner analyze FILE… | -` prints one `gleaner/2` analysis per input, one
//! JSON document per line, in input order, analyzed on all cores.
//! `--jsonl` reads `{"id": …, "text": …, "date": …}` lines instead; `--corpus`
//! resolves all inputs together (entity ids shared across them).
//! A bad input is reported on stderr with where it is, the rest is still
//! analyzed, and the exit code says that something failed.

mod input;

use clap::{Args, CommandFactory, Parser, Subcommand};
use gleaner_archive::{parse_date, parse_language, read_list, thread_pool, Analyzer, Output};
use gleaner_core::values::CalendarDate;
use gleaner_core::Document;
use gleaner_core::{Fields, Language};
use input::{Batches, Item, Raw};
use rayon::prelude::*;
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "gleaner",
    version,
    about = "Gleaner: who, what, where and when in news articles, on the command line"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze articles: one gleaner/2 JSON document per input, one per line, in input order
    Analyze(AnalyzeArgs),
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Args)]
struct AnalyzeArgs {
    /// Files to analyze (plain text, HTML, Markdown, .docx), or - for standard input
    #[arg(value_name = "FILE", required = true)]
    inputs: Vec<String>,
    /// Inputs are JSON lines {"id": ..., "text": "...", "date": "YYYY-MM-DD"}; the id is passed through
    #[arg(long)]
    jsonl: bool,
    /// Resolve entities across all inputs: ids are shared, and each entity says in how many articles it appears (output waits for the last input)
    #[arg(long)]
    corpus: bool,
    /// Read every input as this language (en de es fr it pt nl) instead of identifying it
    #[arg(long, value_name = "CODE", value_parser = parse_language)]
    lang: Option<Language>,
    /// The articles' own date: relative dates (yesterday, last January) get calendar values from it; a JSON line's "date" wins for that line
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<CalendarDate>,
    /// Worker threads (default: all cores)
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// The parts to print, comma-separated, from: paragraphs sentences tokens mentions entities values quotes relations notices (format, id, language, reference and stats are always printed)
    #[arg(long, value_name = "LIST", value_parser = Fields::parse, conflicts_with = "compact")]
    fields: Option<Fields>,
    /// Mentions and entities only (the same as --fields mentions,entities)
    #[arg(long)]
    compact: bool,
    /// Indent the JSON
    #[arg(long)]
    pretty: bool,
    /// A bad input (not JSON, no "text", an unreadable file) is a warning: the exit code stays 0
    #[arg(long)]
    skip_bad: bool,
    /// Your entity list (JSON or CSV with a header row name,label,aliases,never), the file the page exports: its names are tagged in every article, its never-names are not
    #[arg(long, value_name = "FILE")]
    entities: Option<std::path::PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "gleaner", &mut io::stdout());
            ExitCode::SUCCESS
        }
        Command::Analyze(args) => analyze(&args),
    }
}

fn analyze(args: &AnalyzeArgs) -> ExitCode {
    let output = Output {
        fields: if args.compact { Fields::COMPACT } else { args.fields.unwrap_or(Fields::ALL) },
        pretty: args.pretty,
    };
    let pool = match thread_pool(args.threads.map(usize::from)) {
        Ok(pool) => pool,
        Err(message) => return fail(&message),
    };
    // Models are parsed on first use, once for every thread: an English
    // archive never parses the other languages' models.
    let analyzer = match &args.entities {
        None => Analyzer::new(),
        Some(path) => match read_list(path) {
            Ok((list, problems)) => {
                // Bad rows are left out, the good ones used, as the page imports a list.
                for problem in problems {
                    eprintln!(
                        "gleaner: warning: {}:{}: {} (row left out)",
                        path.display(),
                        problem.line,
                        problem.message
                    );
                }
                Analyzer::new().with_list(list)
            }
            Err(message) => return fail(&message),
        },
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut bad = 0usize;
    let mut report = |message: String| {
        bad += 1;
        let kind = if args.skip_bad { "warning" } else { "error" };
        eprintln!("gleaner: {kind}: {message}");
    };
    let batches = Batches::new(&args.inputs, args.jsonl, pool.current_num_threads());
    let work = Work { analyzer: &analyzer, pool: &pool, output, lang: args.lang, date: args.date };
    let written = if args.corpus {
        write_corpus(batches, &work, &mut out, &mut report)
    } else {
        write_streaming(batches, &work, &mut out, &mut report)
    };
    if let Err(e) = written.and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        if e.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
        return fail(&format!("writing output: {e}"));
    }
    if bad > 0 {
        let noun = if bad == 1 { "input" } else { "inputs" };
        eprintln!("gleaner: {bad} bad {noun} {}", if args.skip_bad { "skipped" } else { "(see above)" });
        if !args.skip_bad {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// What every input goes through, shared by the worker threads.
struct Work<'a> {
    analyzer: &'a Analyzer,
    pool: &'a rayon::ThreadPool,
    output: Output,
    lang: Option<Language>,
    date: Option<CalendarDate>,
}

impl Work<'_> {
    /// One input parsed and analyzed (on a worker thread): the document and its id.
    fn analyze(&self, raw: Result<Raw, String>) -> Result<(Document, Option<serde_json::Value>), String> {
        let Item { article, id, origin } = raw?.parse(self.lang, self.date)?;
        let document = self.analyzer.analyze(article).map_err(|e| format!("{origin}: {e}"))?;
        Ok((document, id))
    }
}

/// Each batch parsed, analyzed and turned into JSON in parallel, and written in
/// input order, while the next batch is read: memory holds two batches,
/// however long the input.
fn write_streaming(
    mut batches: Batches,
    work: &Work,
    out: &mut impl Write,
    report: &mut impl FnMut(String),
) -> io::Result<()> {
    let run = |batch: Vec<Result<Raw, String>>| -> Vec<Result<String, String>> {
        work.pool.install(|| {
            batch
                .into_par_iter()
                .map(|raw| work.analyze(raw).map(|(document, id)| work.output.json(&document, id.as_ref())))
                .collect()
        })
    };
    let mut pending = batches.next();
    while let Some(batch) = pending.take() {
        // The reading thread fetches the next batch while the pool works on this one.
        let (results, next) = std::thread::scope(|scope| {
            let worker = scope.spawn(|| run(batch));
            let next = batches.next();
            (worker.join(), next)
        });
        let results = results.map_err(|_| io::Error::other("a worker thread panicked"))?;
        pending = next;
        for result in results {
            match result {
                Ok(json) => writeln!(out, "{json}")?,
                Err(message) => report(message),
            }
        }
    }
    Ok(())
}

/// Every input analyzed in parallel, then resolved together, then written.
fn write_corpus(
    batches: Batches,
    work: &Work,
    out: &mut impl Write,
    report: &mut impl FnMut(String),
) -> io::Result<()> {
    let mut documents = Vec::new();
    let mut ids = Vec::new();
    for batch in batches {
        let analyzed: Vec<Result<_, String>> =
            work.pool.install(|| batch.into_par_iter().map(|raw| work.analyze(raw)).collect());
        for result in analyzed {
            match result {
                Ok((document, id)) => {
                    documents.push(document);
                    ids.push(id);
                }
                Err(message) => report(message),
            }
        }
    }
    gleaner_core::corpus::resolve_corpus(&mut documents);
    let lines: Vec<String> =
        work.pool.install(|| documents.par_iter().zip(&ids).map(|(d, id)| work.output.json(d, id.as_ref())).collect());
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("gleaner: {message}");
    ExitCode::FAILURE
}
