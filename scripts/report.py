"""Writes the usage report: python scripts/report.py [output.html] (default results/report.html).

Reads the tracker store named in endpoints.yml (ENDPOINTS to choose another file) and the
feedback counts (WERKSTRESS_FEEDBACK_DB); prints where the page was written.
"""

import os
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from actions.knowledge import load_knowledge_base
    from insights.feedback import counts, feedback_engine
    from insights.report import render_html, usage_figures
    from privacy.retention import engine_from_endpoints

    output = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "results" / "report.html"
    endpoints = Path(os.environ.get("ENDPOINTS", ROOT / "endpoints.yml"))
    knowledge = load_knowledge_base(ROOT / "knowledge")
    figures = usage_figures(engine_from_endpoints(endpoints), counts(feedback_engine()), knowledge.items)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_html(figures, datetime.now()), encoding="utf-8")
    print(f"Report written: {output} ({figures.conversations} conversations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
