"""The ``vnmeet`` command line: thin wrappers that parse options and call the Python API."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Who met whom, when and where, in Vietnamese foreign-affairs news.")


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"vnmeet: {message}", err=True)
    raise typer.Exit(code)


RULES_HELP = ("how rules join the tagger: none (tagger only), vet (tagger without one-word "
              "fragments no rule supports), fill (rules where the tagger "
              "found nothing), only (rules alone); default: the model's own setting")
QUANTIZE_HELP = "int8 linear layers (faster on CPU); default: the model's own setting"


def _load_extractor(model: Optional[Path], batch_size: int, rules: Optional[str] = None,
                    quantize: Optional[bool] = None):
    from vnmeet.inference.combine import RULE_MODES
    from vnmeet.inference.extractor import MeetingExtractor, ModelNotFoundError

    if rules is not None and rules not in RULE_MODES:
        _fail(f"--rules must be one of {', '.join(RULE_MODES)}")
    try:
        return MeetingExtractor.load(model, batch_size=batch_size, rules=rules, quantize=quantize)
    except ModelNotFoundError as e:
        _fail(str(e))


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., help=".txt files, folders of them, JSONL files "
                                       "with {id, text} per line, or - for stdin"),
    output: Path = typer.Option(..., "-o", "--output", help="JSONL file to write"),
    model: Optional[Path] = typer.Option(None, "--model", help="model folder (default: shipped)"),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="documents per batch"),
    events_csv: Optional[Path] = typer.Option(None, "--events-csv",
                                              help="also write one CSV row per event participant"),
    resume: bool = typer.Option(False, "--resume", help="continue an interrupted run"),
    rules: Optional[str] = typer.Option(None, "--rules", help=RULES_HELP),
    quantize: Optional[bool] = typer.Option(None, "--quantize/--no-quantize", help=QUANTIZE_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Extract entities, people and events; one JSON line per input record, in order."""
    from vnmeet.inference.pipeline_run import run_extraction

    extractor = _load_extractor(model, batch_size, rules, quantize)
    try:
        summary = run_extraction(extractor, inputs, output, events_csv=events_csv,
                                 resume=resume, progress=not quiet and sys.stderr.isatty())
    except (FileNotFoundError, ValueError) as e:
        _fail(str(e))
    typer.echo(summary.describe(), err=True)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="gold JSONL in the guideline schema"),
    model: Optional[Path] = typer.Option(None, "--model", help="model folder (default: shipped)"),
    predictions: Optional[Path] = typer.Option(None, "--predictions",
                                               help="score this JSONL instead of running a model"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="also write scores as JSON"),
    batch_size: int = typer.Option(16, "--batch-size", min=1),
    rules: Optional[str] = typer.Option(None, "--rules", help=RULES_HELP),
    quantize: Optional[bool] = typer.Option(None, "--quantize/--no-quantize", help=QUANTIZE_HELP),
) -> None:
    """Precision, recall and F1 per label and micro (EVALUATION.md), plus people and events."""
    from vnmeet.training.data import read_documents
    from vnmeet.training.evaluation import format_scores, predict_documents, score_all
    from vnmeet.training.metrics import scores_to_dict

    if model is not None and predictions is not None:
        _fail("give --model or --predictions, not both")
    try:
        gold_docs = read_documents(gold)
        if predictions is not None:
            pred = {d.id: d for d in read_documents(predictions)}
        else:
            pred = predict_documents(_load_extractor(model, batch_size, rules, quantize), gold_docs,
                                     batch_size, progress=sys.stderr.isatty())
    except (FileNotFoundError, ValueError) as e:
        _fail(str(e))
    scores = score_all(gold_docs, pred)
    typer.echo(format_scores(scores))
    if json_out is not None:
        json_out.write_text(json.dumps(scores_to_dict(scores), indent=2) + "\n", encoding="utf-8")


@app.command()
def train(
    config: Path = typer.Argument(..., help="YAML training config"),
    set_: List[str] = typer.Option([], "--set", help="override a config key: key.sub=value"),
) -> None:
    """Train a token classifier from a config and write a self-contained model folder."""
    import logging

    from vnmeet.training.run import train_and_report

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        folder = train_and_report(config, set_)
    except (FileNotFoundError, ValueError, OSError) as e:
        _fail(str(e))
    typer.echo(f"model written to {folder}", err=True)


@app.command()
def bench(
    inputs: List[str] = typer.Argument(..., help="inputs, as for extract"),
    model: Optional[Path] = typer.Option(None, "--model", help="model folder (default: shipped)"),
    batch_size: int = typer.Option(32, "--batch-size", min=1),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="use the first N documents"),
    reference_limit: int = typer.Option(100, "--reference-limit", min=1,
                                        help="documents for the PhoBERT-base-sized reference"),
    threads: Optional[int] = typer.Option(None, "--threads", min=1, help="torch threads"),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
    rules: Optional[str] = typer.Option(None, "--rules", help=RULES_HELP),
    quantize: Optional[bool] = typer.Option(None, "--quantize/--no-quantize", help=QUANTIZE_HELP),
) -> None:
    """Measure end-to-end docs/s, tokens/s and peak memory against a PhoBERT-base-sized model."""
    import torch

    from vnmeet.inference.bench import run_bench

    if threads:
        torch.set_num_threads(threads)
    extractor = _load_extractor(model, batch_size, rules, quantize)
    try:
        result = run_bench(extractor, inputs, limit, reference_limit)
    except (FileNotFoundError, ValueError) as e:
        _fail(str(e))
    typer.echo(json.dumps(result.to_dict()) if as_json else result.describe())


@app.command("build-data")
def build_data(
    corpus: Path = typer.Option(Path("../shared/corpus/articles.jsonl"), "--corpus",
                                help="corpus JSONL with {id, text}"),
    out_dir: Path = typer.Option(Path("data"), "--out", help="folder for the built files"),
    exclude: Optional[Path] = typer.Option(Path("../shared/data/dev.jsonl"), "--exclude",
                                           help="gold set whose texts must never be trained on"),
) -> None:
    """Rebuild the training set: hand annotations joined with the corpus, plus weak labels."""
    from vnmeet.training.build_data import build_training_set

    if not corpus.is_file():
        _fail(f"{corpus}: corpus not found (pass --corpus)")
    try:
        report = build_training_set(corpus, out_dir, exclude=exclude)
    except ValueError as e:
        _fail(str(e))
    typer.echo(f"{out_dir}: {report.describe()}", err=True)


@app.command("import-annotations")
def import_annotations(
    drafts: List[Path] = typer.Argument(..., help="annotator drafts: {id, text, spans, people, events}"),
) -> None:
    """Store annotator drafts stand-off (ids, offsets, checksums; no article text)."""
    from vnmeet.training.build_data import ANNOTATIONS, import_drafts

    count, problems = import_drafts(drafts)
    for p in problems:
        typer.echo(f"skipped: {p}", err=True)
    typer.echo(f"{ANNOTATIONS}: {count} annotated articles", err=True)
    raise typer.Exit(1 if problems else 0)


if __name__ == "__main__":
    app()
