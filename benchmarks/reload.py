#!/usr/bin/env python3
"""Save-to-reload time of `torv serve`: from the moment a page is saved until the browser's long
poll on /__torv/reload returns, for the inotify watcher and for polling (`--poll`).

    benchmarks/reload.py TORV_BINARY CONTENT_DIR TEMPLATES_DIR PAGE [SAVES]

PAGE is a Markdown file inside CONTENT_DIR (e.g. strategi/index.da.md). Each save appends a
paragraph below the page's front matter and is written the way editors save: a temporary file
renamed over the page. Before each save a client is already waiting on the reload channel, as an
open page is; the save comes at a random moment (0-0.2 s later), so polling's phase is fair. One
save warms up and is not counted; then SAVES (10) saves, and the median. The page is restored after.
Prints one line per watcher: median and range of save-to-reload, and the median rebuild that serve
itself reports.
"""
import http.client
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def get_version(port, since, timeout=60):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", f"/__torv/reload?since={since}")
    version = json.loads(connection.getresponse().read())["version"]
    connection.close()
    return version


def save(path, text):
    """As an editor saves: a new file beside the page, renamed over it."""
    folder = os.path.dirname(path)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(temporary, path)


def measure(torv, content, templates, page, saves, poll):
    port = free_port()
    # serve appends to its own descriptor; the script reads through another, so neither moves the
    # other's position.
    log_path = tempfile.mktemp(prefix="torv-reload-", suffix=".log")
    log = open(log_path, "a")

    def serve_output():
        with open(log_path, encoding="utf-8") as f:
            return f.read()

    args = [os.path.abspath(torv), "serve", "--content", os.path.abspath(content), "--templates", os.path.abspath(templates), "--port", str(port),
            "--today", "2026-11-22"] + (["--poll"] if poll else [])
    # From the site's own folder, so that serve compares addresses with that site's site/ (if any).
    folder = os.path.dirname(os.path.abspath(content))
    server = subprocess.Popen(args, stdout=log, stderr=subprocess.DEVNULL, cwd=folder)
    path = os.path.join(content, page)
    with open(path, encoding="utf-8") as f:
        original = f.read()
    try:
        output = ""
        for _ in range(1200):
            output = serve_output()
            if "serving http" in output and ("inotify" in output or "polling" in output):
                break
            time.sleep(0.1)
        if "rebuilt in" not in output:
            sys.exit(f"reload.py: the first build failed:\n{output}")
        watcher = "polling" if "(polling)" in output else "inotify"
        if watcher != ("polling" if poll else "inotify"):
            sys.exit(f"reload.py: serve uses {watcher}, not what was asked:\n{output}")
        times = []
        for i in range(saves + 1):
            version = get_version(port, 0)
            done = {}

            def wait():
                done["version"] = get_version(port, version)
                done["at"] = time.perf_counter()

            waiter = threading.Thread(target=wait)
            waiter.start()
            time.sleep(0.3 + random.uniform(0, 0.2))
            start = time.perf_counter()
            save(path, original + f"\nSave number {i}.\n")
            waiter.join(60)
            if done.get("version", version) <= version:
                sys.exit("reload.py: no reload event after a save")
            if i > 0:
                times.append((done["at"] - start) * 1000)
            time.sleep(0.3)  # let a burst's last rebuild (if any) finish before the next save
        rebuilds = [float(m) for m in re.findall(r"rebuilt in (\d+) ms", serve_output())][-saves:]
        return watcher, times, rebuilds
    finally:
        save(path, original)
        server.terminate()
        server.wait(10)
        log.close()
        os.remove(log_path)


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    torv, content, templates, page = sys.argv[1:5]
    saves = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    for poll in (False, True):
        watcher, times, rebuilds = measure(torv, content, templates, page, saves, poll)
        print(f"{watcher:8} save-to-reload median {statistics.median(times):6.1f} ms "
              f"(min {min(times):.1f}, max {max(times):.1f}, {len(times)} saves); "
              f"serve's rebuild median {statistics.median(rebuilds):.0f} ms", flush=True)


if __name__ == "__main__":
    main()
