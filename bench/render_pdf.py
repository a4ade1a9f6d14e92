"""Certificates per second through the real renderer: one process and two, with the
libharfbuzz-subset font subsetter and with WeasyPrint's fontTools fallback.

Run from the project root: .venv/bin/python bench/render_pdf.py [--count 40]
"""

import argparse
import logging
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")


def _setup(use_harfbuzz_subset: bool) -> None:
    import django

    django.setup()
    if not use_harfbuzz_subset:
        import weasyprint.pdf.fonts

        weasyprint.pdf.fonts.harfbuzz_subset = None
        # WeasyPrint warns once per font and document that it falls back to fontTools.
        logging.getLogger("weasyprint").setLevel(logging.ERROR)


def _content():
    from certificates.rendering import CertificateContent

    return CertificateContent(
        heading="Sertifikat",
        body="Atas keberhasilannya menyelesaikan seluruh pelajaran dan kuis modul pelatihan "
        "Pengelolaan Anggaran di Akademi Warga.",
        recipient_name="Siti Nurhaliza",
        achievement="Pengelolaan Anggaran",
        completed_on=date(2026, 11, 27),
        signatory_name="Lurah Tanjung Barat",
        signatory_title="Kelurahan Tanjung Barat",
        issuer="Kelurahan Tanjung Barat",
        code="TJB-7K3Q-9XWD-M2PA-4RZC",
        verify_url="https://warga.example/sertifikat/verifikasi/TJB-7K3Q-9XWD-M2PA-4RZC/",
        accent_colour="#0b6e4f",
        logo_url="/static/img/logo.svg",
        signature_url=None,
    )


def _render(count: int) -> list[float]:
    from certificates.rendering import render_pdf

    content = _content()
    render_pdf(content)  # warm up: fonts, templates
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        render_pdf(content)
        timings.append(time.perf_counter() - start)
    return timings


def run(count: int, processes: int, use_harfbuzz_subset: bool) -> tuple[float, float]:
    """Returns (certificates per second, median ms per certificate)."""
    per_process = count // processes
    with ProcessPoolExecutor(
        processes, initializer=_setup, initargs=(use_harfbuzz_subset,)
    ) as pool:
        pool.submit(time.sleep, 0).result()
        start = time.perf_counter()
        results = list(pool.map(_render, [per_process] * processes))
        elapsed = time.perf_counter() - start
    timings = [t for result in results for t in result]
    # Each process renders one warm-up certificate first; it is not counted in the rate.
    return per_process * processes / elapsed, statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    rows = []
    for subset in (True, False):
        for processes in (1, 2):
            rate, median = run(args.count, processes, subset)
            rows.append((subset, processes, rate, median))
    lines = [
        "| font subsetting | processes | certificates/s | median ms per certificate |",
        "|---|---|---|---|",
    ]
    for subset, processes, rate, median in rows:
        library = "libharfbuzz-subset" if subset else "fontTools (library absent)"
        lines.append(f"| {library} | {processes} | {rate:.1f} | {median:.0f} |")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
