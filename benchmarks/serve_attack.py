#!/usr/bin/env python3
"""The attack on `torv serve` from the robustness issue, measured: two 1 MB request lines sent and
closed at once, then one 200 KB header; after each, how long `GET /` takes and how much CPU the
server used in the 3 s after (from /proc). Figures in README.md, Robustness.

    benchmarks/serve_attack.py [path/to/torv]      (default: .build/release/torv; run from the repository)
"""
import os, socket, subprocess, sys, threading, time

torv = sys.argv[1] if len(sys.argv) > 1 else ".build/release/torv"
probe = socket.socket(); probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]; probe.close()
server = subprocess.Popen([torv, "serve", "--port", str(port), "--today", "2026-11-22"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
for line in server.stdout:
    if "serving" in line: break

def cpu():
    fields = open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def get(method="GET"):
    start = time.time()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(f"{method} / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        try:
            while chunk := s.recv(65536): data += chunk
        except OSError: pass
    status = data.split(b"\r\n", 1)[0].decode() or "no answer"
    return f"{status}, {len(data)} bytes in {time.time() - start:.3f} s"

def send_and_close(payload):
    s = socket.create_connection(("127.0.0.1", port))
    try: s.sendall(payload)
    except OSError: pass
    s.close()

try:
    print("GET /, warm:", get())
    before = cpu()
    senders = [threading.Thread(target=send_and_close, args=(b"GET /" + b"a" * 1_000_000,)) for _ in range(2)]
    for t in senders: t.start()
    for t in senders: t.join()
    print("GET / after two 1 MB request lines:", get())
    time.sleep(3)
    print(f"CPU for them (3 s after): {cpu() - before:.2f} s")
    before = cpu()
    send_and_close(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 200_000 + b"\r\n\r\n")
    print("GET / after a 200 KB header:", get())
    time.sleep(3)
    print(f"CPU for it (3 s after): {cpu() - before:.2f} s")
    print("HEAD /:", get("HEAD"))
finally:
    server.kill()
