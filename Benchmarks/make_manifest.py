"""Writes a batch manifest of N personalised rows (CSV) to standard output, for the benchmarks."""
import csv
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
writer = csv.writer(sys.stdout)
writer.writerow(["output", "collection", "patient.name", "clinic.name", "clinic.phone", "nurse.name", "nurse.phone"])
for i in range(rows):
    writer.writerow([
        f"leaflet-{i:06d}.pdf", "newly-diagnosed", f"Patient {i} Surname{(i * 7919) % 10007}",
        "Liver Unit, Ward 5", "0113 496 0000", "Sam Patel", "0113 496 0001",
    ])
