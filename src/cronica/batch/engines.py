"""Engines run `analyze_unit` on workers and hand each finished unit back to the driver.

`local`: a pool of processes on this machine (forkserver, so workers start clean and
load the models once each). `dask`: the same function on a dask.distributed cluster,
an existing scheduler or a LocalCluster. Both keep a bounded number of units in
flight, so memory stays flat however long the corpus is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice

from cronica.batch.analyze import UnitResult, analyze_unit, start_worker
from cronica.batch.plan import WorkUnit
from cronica.errors import CronicaError
from cronica.options import Options
from cronica.process import quiet_libraries

ENGINES = ("local", "dask")
#: units queued per worker beyond the one it works on: enough to never idle, few enough to stay small
QUEUED_PER_WORKER = 2

OnResult = Callable[[UnitResult], None]


#: parallelism comes from processes: a BLAS thread pool in each would fight the others for the cores
#: (Dask's nanny sets the same variables for its workers)
ONE_THREAD_PER_WORKER = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    # Dask workers log each start, connection and close at INFO: not for cronica's users
    "DASK_LOGGING__DISTRIBUTED": "warning",
}


@contextmanager
def worker_environment() -> Iterator[None]:
    """Workers inherit these at start; values the user set are kept."""
    added = {key: value for key, value in ONE_THREAD_PER_WORKER.items() if key not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


def run_local(units: Iterator[WorkUnit], options: Options, workers: int, on_result: OnResult) -> None:
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    try:
        with (
            worker_environment(),
            ProcessPoolExecutor(
                workers, mp_context=context, initializer=start_worker, initargs=(options, os.getpid())
            ) as pool,
        ):
            in_flight: set[Future[UnitResult]] = {
                pool.submit(analyze_unit, unit, options) for unit in islice(units, workers * (1 + QUEUED_PER_WORKER))
            }
            while in_flight:
                finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    on_result(future.result())
                    for unit in islice(units, 1):
                        in_flight.add(pool.submit(analyze_unit, unit, options))
    except BrokenProcessPool:
        # raised by a result or by a submit, whichever meets the dead worker first
        raise CronicaError(
            "a worker process died (out of memory, or killed): run the same command again to resume;"
            " every unit committed so far is kept"
        ) from None


def run_dask(
    units: Iterator[WorkUnit], options: Options, workers: int, on_result: OnResult, scheduler: str | None = None
) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover - dask is a dependency; a broken install says so plainly
        raise CronicaError("the dask engine needs dask[distributed]: pip install 'dask[distributed]'") from None
    quiet_libraries()
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            with worker_environment():
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    # no dashboard, and the scheduler's HTTP endpoint on a free port, never a fixed one
                    scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                )
            client = Client(cluster)
    except (OSError, TimeoutError) as error:
        raise CronicaError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    try:
        slots = max(1, sum(client.nthreads().values())) * (1 + QUEUED_PER_WORKER)
        pending = as_completed(
            [client.submit(analyze_unit, unit, options, pure=False) for unit in islice(units, slots)]
        )
        for future in pending:
            try:
                result = future.result()
            except Exception as error:  # KilledWorker after Dask's retries, a lost scheduler...
                raise CronicaError(
                    f"a Dask task failed ({type(error).__name__}: {error}): run the same command again to resume;"
                    " every unit committed so far is kept"
                ) from None
            future.release()
            on_result(result)
            for unit in islice(units, 1):
                pending.add(client.submit(analyze_unit, unit, options, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
