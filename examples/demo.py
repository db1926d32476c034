"""The README's demo: login -> cluster info -> list experiments -> one experiment -> logout.

Runs against the master given with --master (password from DET_PASS), otherwise against
a Prism mock of the packaged openapi.yaml started (and stopped) here on a free loopback
port, whatever DET_MASTER says: the quickstart must never touch a real cluster by accident.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator

from determined_api.api.cluster import get_cluster_info
from determined_api.api.experiments import get_experiment, get_experiments
from determined_api.models import JobSummary
from determined_client import Session
from determined_client.testing import PrismMock


@contextlib.contextmanager
def master_url(explicit: str | None) -> Iterator[str]:
    if explicit:
        yield explicit
        return
    with PrismMock() as mock:
        print(f"Prism mock of openapi.yaml on {mock.url}")
        yield mock.url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--master", help="a real master (default: start a Prism mock)")
    parser.add_argument("--user", default="determined")
    args = parser.parse_args()

    password = os.environ.get("DET_PASS", "") if args.master else ""  # the mock takes any
    with (
        master_url(args.master) as url,
        Session(url, username=args.user, password=password, cache=False) as session,
    ):
        session.login()
        print(f"logged in as {session.username!r}")

        info = session.call(get_cluster_info)
        print(f"cluster   {info.cluster_name} (Determined {info.version}, id {info.cluster_id})")

        page = session.call(get_experiments, limit=10, order_by="ORDER_BY_DESC")
        total = page.pagination.total if page.pagination else len(page.experiments)
        print(f"experiments: {total} in all")
        for exp in page.experiments:
            end = exp.end_time.isoformat(timespec="seconds") if exp.end_time else "running"
            print(
                f"  #{exp.id:<4} {exp.name:<28} {exp.state:<16} by {exp.username:<12} until {end}"
            )

        detail = session.call(get_experiment, experiment_id=page.experiments[0].id)
        one, job = detail.experiment, detail.job_summary
        if one is None:  # a master always sends it; the contract allows null
            raise SystemExit("the master answered no experiment")
        progress = f"{one.progress:.0%}" if isinstance(one.progress, float | int) else "n/a"
        queue = f", job {job.state} ({job.jobs_ahead} ahead)" if isinstance(job, JobSummary) else ""
        print(f"experiment #{one.id}: {one.num_trials} trials, progress {progress}{queue}")

        session.logout()
        print("logged out")


if __name__ == "__main__":
    main()
