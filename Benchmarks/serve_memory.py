"""Posts the standard form request to a running `handout serve` over keep-alive connections and
prints the server's resident memory (VmRSS, from /proc) after each checkpoint.
Usage: python3 serve_memory.py PID PORT CONNECTIONS CHECKPOINT... (see serve_memory.sh)."""
import http.client
import sys
import threading

pid, port, connections = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
checkpoints = sorted(int(n) for n in sys.argv[4:])
body = "collection=newly-diagnosed&layout=standard&patient.name=Pat+Example&nurse.name=Sam+Patel"
headers = {"Content-Type": "application/x-www-form-urlencoded"}


def rss_mb():
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024


def post(count):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for _ in range(count):
        connection.request("POST", "/handouts", body, headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"status {response.status}")


print(f"{'requests':>9}  RSS (MB)")
print(f"{0:>9}  {rss_mb():8.1f}")
done = 0
for checkpoint in checkpoints:
    share = (checkpoint - done) // connections
    threads = [threading.Thread(target=post, args=(share,)) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done += share * connections
    print(f"{done:>9}  {rss_mb():8.1f}", flush=True)
