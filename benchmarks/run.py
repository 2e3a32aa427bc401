#!/usr/bin/env python3
"""Time `lavande check` and `frictionless validate` side by side on generated files.

    python3 benchmarks/run.py                                   # the full benchmark of issue 7
    python3 benchmarks/run.py --sizes 10MB --catalogue 200      # a quick one
    python3 benchmarks/run.py --lavande .build/release/lavande  # with a binary already built
    python3 benchmarks/run.py --write-doc                       # and write the figures into docs/performance.md

What it does, with the Python 3 standard library only:

1. builds Lavande in release (`swift build -c release`, with `--static-swift-stdlib` on Linux:
   the binary one installs, which starts faster), unless --lavande names a binary;
2. generates with generate.py one file per size and encoding, each alone in a dataset folder with
   a README declaring the Licence Ouverte, and a catalogue of small dataset folders; all are
   cached in --work and generated again only when generate.py changes;
3. installs frictionless from PyPI into a virtual environment in --work (skipped, with a message,
   if that fails or with --no-frictionless);
4. for each size: reads its files once so that they are in the page cache, then times --runs
   rounds, each running once `lavande check FOLDER --format json -o /dev/null --jobs J` on each
   encoding's file for each J of --jobs (full default rule books, no other option; exit code 1,
   "findings", is a normal outcome: rounds, so that a drift of the machine's speed weighs on
   every encoding alike; in a round the two encodings of one J run back to back, in turn first),
   then for each file --runs runs of
   `frictionless validate --json --trusted --dialect '{"csv": {"delimiter": ";"}}' FILE` (it
   must read every record: a run where it stops early is reported as failed); then times
   `lavande check CATALOGUE` over the catalogue with the largest --jobs;
5. prints a Markdown table: median, min and max wall time, MB/s (10^6 bytes per second, file
   size over the median), records/s, peak resident memory of the process (from GNU time, else
   from wait4), the speed of Lavande over frictionless, and the targets of issue 7 against these
   figures (Windows-1252 against UTF-8: per size and J, the median over the rounds of the ratio
   of the two runs of a round); with --write-doc, writes them into docs/performance.md.
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.dont_write_bytecode = True   # no __pycache__ left in the checkout by the import below
import generate  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "performance.md"
FIGURES_START = "<!-- figures:start -->"
FIGURES_END = "<!-- figures:end -->"
FRICTIONLESS = "frictionless==5.21.0"
# --trusted: frictionless refuses absolute paths without it. The dialect: without it, frictionless
# sniffs a single column in these files and stops at its limit of 1,000 errors.
FRICTIONLESS_OPTIONS = ["--json", "--trusted", "--dialect", '{"csv": {"delimiter": ";"}}']
BIG_FILE = 100 * 10**6   # from this size frictionless runs once unless --frictionless-runs says otherwise
GNU_TIME = Path("/usr/bin/time")
MB = 10**6
MIB = 2**20

# Targets of issue 7, on files of 100 MB and more.
TARGET_ONE_CORE = 300     # MB/s, --jobs 1
TARGET_TWO_CORES = 550    # MB/s, --jobs 2
TARGET_PEAK_MIB = 64
TARGET_WINDOWS_SLOWDOWN = 0.25
TARGET_CATALOGUE = (10000, 20.0)   # folders, seconds


@dataclass
class Subject:
    """What a tool is timed on: a generated file alone in its dataset folder, or a catalogue."""
    label: str
    size: int            # the size asked for (the file is up to one record larger)
    folder: Path
    file: Path | None    # None for a catalogue
    encoding: str
    bytes: int
    records: int         # records of the CSV files, headers excluded
    datasets: int = 1


@dataclass
class Measure:
    tool: str
    subject: Subject
    jobs: int | None
    seconds: list = field(default_factory=list)
    peak_kib: int = 0
    failure: str = ""

    @property
    def median(self):
        return statistics.median(self.seconds)

    @property
    def mb_per_s(self):
        return self.subject.bytes / MB / self.median

    @property
    def records_per_s(self):
        return self.subject.records / self.median

    @property
    def peak_mib(self):
        return self.peak_kib / 1024


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lavande", type=Path, help="use this lavande binary instead of building one")
    parser.add_argument("--scratch-path", type=Path, help="build directory given to swift build (default: .build)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/lavande-bench"),
                        help="where generated files and the virtual environment are kept (default /tmp/lavande-bench)")
    parser.add_argument("--sizes", default="10MB,100MB,1GB",
                        help="file sizes, comma-separated, 1 MB = 10^6 bytes (default 10MB,100MB,1GB; '' for none)")
    parser.add_argument("--encodings", default="utf-8,windows-1252", help="default utf-8,windows-1252")
    parser.add_argument("--jobs", default="1,2", help="values of lavande --jobs, comma-separated (default 1,2)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (default 3)")
    parser.add_argument("--frictionless-runs", type=int,
                        help="runs of frictionless per file (default: --runs, but 1 on files of 100 MB or more)")
    parser.add_argument("--no-frictionless", action="store_true", help="do not time frictionless")
    parser.add_argument("--catalogue", type=int, default=10000, metavar="N",
                        help="dataset folders in the catalogue (default 10000, 0 for none)")
    parser.add_argument("--write-doc", action="store_true",
                        help="write the figures into docs/performance.md between its figure markers")
    args = parser.parse_args()
    try:
        args.sizes = [generate.parse_size(size) for size in args.sizes.split(",") if size.strip()]
    except ValueError as error:
        parser.error(str(error))
    args.encodings = [encoding.strip() for encoding in args.encodings.split(",") if encoding.strip()]
    if not set(args.encodings) <= {"utf-8", "windows-1252"}:
        parser.error("--encodings takes utf-8 and windows-1252")
    args.jobs = [int(jobs) for jobs in args.jobs.split(",")]
    return args


def log(message):
    print(message, file=sys.stderr, flush=True)


def build_lavande(args):
    """The release binary: built with swift build, or the one given."""
    if args.lavande:
        return args.lavande.resolve()
    command = ["swift", "build", "-c", "release", "--package-path", str(REPO)]
    if platform.system() == "Linux":
        # The Swift runtime and Foundation linked in, as README installs it: about 10 ms less to
        # start a run (docs/performance.md); macOS has them in the system.
        command.append("--static-swift-stdlib")
    if args.scratch_path:
        command += ["--scratch-path", str(args.scratch_path)]
    log("$ " + shlex.join(command))
    if subprocess.run(command, stdout=sys.stderr).returncode != 0:   # standard output is for the figures
        sys.exit("swift build failed; give an existing binary with --lavande")
    bin_path = subprocess.run(command + ["--show-bin-path"], capture_output=True, text=True, check=True)
    return Path(bin_path.stdout.strip()) / "lavande"


def size_label(size):
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} B"


def cached(meta_path, make):
    """The facts stored in meta_path if this very generator wrote them, else make()'s, stored.
    They are written last, so an interrupted generation is done again."""
    generator = hashlib.sha256(Path(generate.__file__).read_bytes()).hexdigest()
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("generator") == generator:
            return meta
    meta = dict(make(), generator=generator)
    meta_path.write_text(json.dumps(meta))
    return meta


def file_subject(work, size, encoding):
    """A generated file alone in its dataset folder, with a README declaring its licence."""
    label = f"{size_label(size)} {encoding}"
    folder = work / "files" / f"{encoding}-{size_label(size).replace(' ', '')}"
    csv_path = folder / "equipements.csv"

    def make():
        log(f"generating {csv_path}…")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "README.md").write_text(generate.licence_readme(f"Équipements publics ({label})"),
                                          encoding="utf-8")
        return {"records": generate.generate_file(csv_path, size, encoding)}

    meta = cached(folder.with_suffix(".json"), make)
    return Subject(label, size, folder, csv_path, encoding, csv_path.stat().st_size, meta["records"])


def catalogue_subject(work, count):
    folder = work / f"catalogue-{count}"

    def make():
        log(f"generating {count} dataset folders in {folder}…")
        return generate.generate_catalogue(folder, count)

    meta = cached(folder.with_suffix(".json"), make)
    return Subject(f"{count:,} folders", 0, folder, None, "utf-8", meta["bytes"], meta["records"], count)


def install_frictionless(work):
    """frictionless in a virtual environment of work, installed from PyPI the first time; None,
    with a message, when it cannot be installed."""
    venv = work / "venv"
    installed = venv / "installed.txt"
    if not (installed.exists() and installed.read_text() == FRICTIONLESS):
        log(f"installing {FRICTIONLESS} into {venv}…")
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", FRICTIONLESS], check=True)
        except (OSError, subprocess.CalledProcessError) as error:
            log(f"frictionless is skipped: it could not be installed ({error})")
            return None
        installed.write_text(FRICTIONLESS)
    return venv / "bin" / "frictionless"


def warm(path):
    """Reads the file once so that every run finds it in the page cache."""
    with open(path, "rb") as data:
        while data.read(16 * MIB):
            pass


def run_once(command, work):
    """Runs command, its output in work/output and work/output.err. Returns the wall time, the
    peak resident memory of the process (KiB) and its exit code.

    Linux keeps a process's peak memory across exec, so the figure wait4 gives for a child of this
    harness is at least the harness's own peak (tens of MiB after generating files). GNU time, a
    small process, forks the command itself and gives its true peak: it is used when present."""
    peak_file = work / "peak"
    if GNU_TIME.exists():
        command = [str(GNU_TIME), "--format", "%M", "--output", str(peak_file), *command]
    with open(work / "output", "wb") as out, open(work / "output.err", "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)   # reaped by wait4, not by Popen
    # GNU time writes "Command exited with non-zero status 1" before the figure when it is so.
    peak_kib = int(peak_file.read_text().split()[-1]) if GNU_TIME.exists() else usage.ru_maxrss
    return seconds, peak_kib, process.returncode


def lavande_problem(code, work, subject):
    """Exit code 1 means findings, a normal outcome; 2 and 3 are failures. (The same parameters as
    frictionless_problem.)"""
    return "" if code in (0, 1) else f"exit code {code}"


def frictionless_problem(code, work, subject):
    """A run counts only if frictionless read every record (it stops after 1,000 errors)."""
    if code not in (0, 1):
        return f"exit code {code}"
    try:
        task = json.loads((work / "output").read_text())["tasks"][0]
    except (ValueError, KeyError, IndexError):
        return "no JSON report"
    rows = task["stats"].get("rows", 0)
    if rows == subject.records:
        return ""
    notes = "; ".join(error["note"] for error in task["errors"][:1])
    return f"it read {rows:,} of {subject.records:,} records" + (f" ({notes})" if notes else "")


def time_once(result, command, work, problem_of):
    """Times one run of command into result. False when it failed (result.failure says why)."""
    seconds, peak_kib, code = run_once(command, work)
    result.failure = problem_of(code, work, result.subject)
    if result.failure:
        stderr = (work / "output.err").read_text(errors="replace")[-2000:]
        log(f"{result.tool} failed on {result.subject.label}: {result.failure}\n$ {shlex.join(command)}\n{stderr}")
        return False
    result.seconds.append(seconds)
    result.peak_kib = max(result.peak_kib, peak_kib)
    return True


def log_measure(result):
    jobs_text = f" --jobs {result.jobs}" if result.jobs else ""
    log(f"{result.tool}{jobs_text} on {result.subject.label}: median {result.median:.3f} s, "
        f"{result.mb_per_s:.1f} MB/s, peak {result.peak_mib:.1f} MiB")


def measure(tool, subject, jobs, command, runs, work, problem_of):
    """Times `runs` runs of command, stopping at the first one that fails."""
    result = Measure(tool, subject, jobs)
    for _ in range(runs):
        if not time_once(result, command, work, problem_of):
            return result
    log_measure(result)
    return result


def measure_lavande_in_rounds(lavande, subjects, jobs_list, runs, work):
    """Times Lavande on every subject with every --jobs, in rounds: each round runs each of them
    once. The speed of this machine drifts from one minute to the next; measured one after the
    other, the last files (the Windows-1252 ones) would bear the drift alone, and the comparison
    of the encodings with them. Within a round, the files of one --jobs are run back to back, in
    turn first and last from one round to the next, so that their times in a round can be
    compared (`windows_slowdown`)."""
    by_jobs = [[Measure("lavande", subject, jobs) for subject in subjects] for jobs in jobs_list]
    for round_number in range(runs):
        for group in by_jobs:
            for result in (group if round_number % 2 == 0 else reversed(group)):
                if not result.failure:
                    time_once(result, lavande_command(lavande, result.subject.folder, result.jobs), work, lavande_problem)
    results = [result for group in by_jobs for result in group]
    for result in results:
        if not result.failure:
            log_measure(result)
    return results


def lavande_command(lavande, folder, jobs):
    return [str(lavande), "check", str(folder), "--format", "json", "-o", "/dev/null", "--jobs", str(jobs)]


def measure_all(args, lavande, frictionless):
    measures = []
    for size in args.sizes:
        subjects = [file_subject(args.work, size, encoding) for encoding in args.encodings]
        for subject in subjects:
            warm(subject.file)
        lavande_results = measure_lavande_in_rounds(lavande, subjects, args.jobs, args.runs, args.work)
        for subject in subjects:
            measures += [result for result in lavande_results if result.subject is subject]
            if frictionless:
                runs = args.frictionless_runs or (1 if size >= BIG_FILE else args.runs)
                command = [str(frictionless), "validate", *FRICTIONLESS_OPTIONS, str(subject.file)]
                measures.append(measure("frictionless", subject, None, command, runs, args.work,
                                        frictionless_problem))
    if args.catalogue:
        subject = catalogue_subject(args.work, args.catalogue)
        jobs = max(args.jobs)
        measures.append(measure("lavande", subject, jobs, lavande_command(lavande, subject.folder, jobs),
                                args.runs, args.work, lavande_problem))
    return measures


def figures_table(measures):
    lines = ["| data | records | tool | jobs | runs | median (s) | min (s) | max (s) | MB/s | records/s "
             "| peak RSS (MiB) | speed × frictionless |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    frictionless = {m.subject.label: m for m in measures if m.tool == "frictionless"}
    for m in measures:
        baseline = frictionless.get(m.subject.label)
        ratio = f"{baseline.median / m.median:.1f}" if baseline and m.tool == "lavande" else ""
        lines.append(f"| {m.subject.label} | {m.subject.records:,} | {m.tool} | {m.jobs or ''} | {len(m.seconds)} "
                     f"| {m.median:.3f} | {min(m.seconds):.3f} | {max(m.seconds):.3f} | {m.mb_per_s:.1f} "
                     f"| {m.records_per_s:,.0f} | {m.peak_mib:.1f} | {ratio} |")
    return "\n".join(lines)


def windows_slowdown(files):
    """The largest extra time per MB of Windows-1252 files over UTF-8 ones of the same size and
    jobs. For each pair, the median over the rounds of the ratio of the pair's two runs in that
    round: run back to back, they share the machine's speed of that minute, which the medians of
    each file apart do not (on this machine one run may take 40 % longer than the next)."""
    utf8 = {(m.subject.size, m.jobs): m for m in files if m.subject.encoding == "utf-8"}
    slowdowns = []
    for m in files:
        base = utf8.get((m.subject.size, m.jobs))
        if m.subject.encoding != "windows-1252" or base is None or not m.seconds or not base.seconds:
            continue
        ratios = [(seconds / m.subject.bytes) / (base_seconds / base.subject.bytes)
                  for base_seconds, seconds in zip(base.seconds, m.seconds)]
        slowdowns.append(statistics.median(ratios) - 1)
    return max(slowdowns, default=None)


def targets_table(measures):
    """Issue 7's targets against the figures, on files of 100 MB and more (or, when there are
    none, on the files measured, as an indication)."""
    lavande = [m for m in measures if m.tool == "lavande"]
    files = [m for m in lavande if m.subject.file]
    big = [m for m in files if m.subject.size >= BIG_FILE]
    on = (", on files of 100 MB and more" if big
          else " (indicative: the files measured are smaller than the 100 MB the targets are set on)")
    files = big or files

    def slowest(jobs):
        return min((m.mb_per_s for m in files if m.jobs == jobs and m.subject.encoding == "utf-8"), default=None)

    def row(target, value, text, met):
        """met(value) is None when the figure does not answer the target."""
        if value is None:
            return f"| {target} | not measured | — |"
        return f"| {target} | {text(value)} | {({True: 'met', False: 'missed'}).get(met(value), '—')} |"

    one, two = slowest(1), slowest(2)
    # The target is about file size: a catalogue's memory grows with its report, not its files.
    peak = max((m.peak_mib for m in lavande if m.subject.file), default=None)
    slowdown = windows_slowdown(files)
    catalogue = next((m for m in lavande if not m.subject.file), None)
    folders, seconds = TARGET_CATALOGUE
    full_catalogue = catalogue and catalogue.subject.datasets >= folders
    lines = [f"Targets of issue 7{on}:", "", "| target | measured | verdict |", "|---|---:|---|",
             row(f"≥ {TARGET_ONE_CORE} MB/s with `--jobs 1` (UTF-8, slowest file)", one,
                 lambda v: f"{v:.1f} MB/s", lambda v: v >= TARGET_ONE_CORE),
             row(f"≥ {TARGET_TWO_CORES} MB/s with `--jobs 2` (UTF-8, slowest file)", two,
                 lambda v: f"{v:.1f} MB/s", lambda v: v >= TARGET_TWO_CORES),
             row(f"peak memory < {TARGET_PEAK_MIB} MiB (largest run on one file)", peak,
                 lambda v: f"{v:.1f} MiB", lambda v: v < TARGET_PEAK_MIB),
             row(f"Windows-1252 at most {TARGET_WINDOWS_SLOWDOWN:.0%} slower than UTF-8 (worst pair, median of its rounds)", slowdown,
                 lambda v: f"{v:+.0%}", lambda v: v <= TARGET_WINDOWS_SLOWDOWN),
             row(f"{folders:,} small dataset folders in < {seconds:.0f} s", catalogue.median if catalogue else None,
                 lambda v: f"{v:.2f} s for {catalogue.subject.label}",
                 lambda v: v < seconds if full_catalogue else None)]
    return "\n".join(lines)


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    meminfo = Path("/proc/meminfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    memory_kib = int(re.search(r"^MemTotal:\s*(\d+) kB", meminfo, re.MULTILINE).group(1))
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"{len(os.sched_getaffinity(0))} cores available (nproc), "
            f"{model.group(1) if model else 'unknown CPU'}, {memory_kib / 2**20:.1f} GiB of memory, "
            f"{platform.system()} {platform.release()}; load average {load} when the run ended")


def lavande_commit():
    def git(*arguments):
        return subprocess.run(["git", "-C", str(REPO), *arguments], capture_output=True, text=True).stdout.strip()
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    if git("status", "--porcelain", "--", "Sources", "Plugins", "rules", "Package.swift"):
        commit += " with uncommitted changes to the sources"
    return commit


def report(args, lavande, frictionless, measures):
    done = [m for m in measures if not m.failure]
    command = shlex.join(["python3", "benchmarks/run.py", *sys.argv[1:]])
    binary = f"the binary {lavande}" if args.lavande else "built by the harness"
    peak = ("GNU time's maximum resident set size (`/usr/bin/time --format %M`)" if GNU_TIME.exists()
            else "ru_maxrss from wait4, an upper bound: it counts the harness's own peak")
    tools = [f"- machine: {machine()}",
             f"- Lavande: commit {lavande_commit()}, release build ({binary})",
             f"- frictionless: {FRICTIONLESS} on Python {platform.python_version()}" if frictionless
             else "- frictionless: not measured",
             f"- peak memory: {peak}"]
    failures = [f"- {m.tool} failed on {m.subject.label}: {m.failure}" for m in measures if m.failure]
    parts = [f"Measured on {datetime.date.today().isoformat()} with:", f"```sh\n{command}\n```", "\n".join(tools)]
    if done:
        parts += [figures_table(done), targets_table(done)]
    if failures:
        parts.append("Failures:\n\n" + "\n".join(failures))
    return "\n\n".join(parts)


def write_doc(text):
    doc = DOC.read_text()
    if FIGURES_START not in doc or FIGURES_END not in doc:
        sys.exit(f"{DOC} lacks the markers {FIGURES_START} and {FIGURES_END}")
    start = doc.index(FIGURES_START) + len(FIGURES_START)
    end = doc.index(FIGURES_END)
    DOC.write_text(f"{doc[:start]}\n{text}\n{doc[end:]}")
    log(f"figures written into {DOC}")


def main():
    args = parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    lavande = build_lavande(args)
    frictionless = None
    if args.sizes and not args.no_frictionless:
        frictionless = install_frictionless(args.work)
    measures = measure_all(args, lavande, frictionless)
    text = report(args, lavande, frictionless, measures)
    print(text)
    if args.write_doc:
        write_doc(text)
    sys.exit(1 if any(m.failure for m in measures) else 0)


if __name__ == "__main__":
    main()
