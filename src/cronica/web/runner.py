"""Run jobs one at a time under a real deadline, and stop them when their client has gone.

`ProcessRunner` (what `cronica serve` uses) keeps one worker process that loads the
models once and runs each job (`cronica.web.jobs.run_job`). The server waits for the
answer without a thread, so /healthz and every other route answer while a job runs. At
the time limit, or when the client disconnects, the job is asked to stop (the pipeline
checks between segments and stages); a worker that does not stop within a grace period
is killed and a fresh one started. Requests wait in a short queue: when it is full, or a
request waited a whole time limit, the answer is 503 at once.

`ThreadRunner` runs jobs in a thread of this process on a pipeline given by the caller
(tests, or an app embedded in another program): the same queue and deadline, but a job
that ignores the stop request can only be abandoned, not killed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio

from cronica.errors import AnalysisCancelled
from cronica.languages import languages
from cronica.web.jobs import AnalyzingPipeline, Job, Refusal, Reply, run_job
from cronica.web.settings import WebSettings

log = logging.getLogger("cronica")

#: how long a stopped job may take to notice before its worker is killed
STOP_GRACE_SECONDS = 2.0
#: how long a new worker may take to load the models
STARTUP_SECONDS = 300.0

T = TypeVar("T")


class JobQueue:
    """At most one job at a time; a bounded number waiting, each for at most `wait_seconds`."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self._lock = anyio.Lock()
        self._waiting = 0

    async def run(self, work: Callable[[], Awaitable[T]]) -> T | Refusal:
        if self._waiting >= self.settings.max_waiting_jobs:
            return Refusal(503, "the server is busy with other analyses: try again in a moment")
        self._waiting += 1
        acquired = False
        try:
            with anyio.move_on_after(self.settings.time_limit_seconds):
                await self._lock.acquire()
                acquired = True
        finally:
            self._waiting -= 1
        if not acquired:
            return Refusal(503, "the server is busy with other analyses: try again in a moment")
        try:
            return await work()
        finally:
            self._lock.release()


def timeout_refusal(settings: WebSettings) -> Refusal:
    return Refusal(
        504,
        f"the analysis took longer than {settings.time_limit_seconds:g} s: send a shorter text"
        " (or use `cronica analyze` for long ones)",
    )


class ThreadRunner:
    """Jobs in a thread of this process, on the caller's pipeline."""

    def __init__(self, settings: WebSettings, pipeline: AnalyzingPipeline) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.queue = JobQueue(settings)
        self._run_lock = threading.Lock()  # an abandoned job still holds the pipeline: the next one waits for it
        self._limiter = anyio.CapacityLimiter(2)

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def run(self, job: Job) -> Reply:
        return await self.queue.run(lambda: self._run(job))

    async def _run(self, job: Job) -> Reply:
        stop = threading.Event()

        def work() -> Reply:
            with self._run_lock:
                if stop.is_set():
                    raise AnalysisCancelled
                listener = getattr(self.pipeline, "progress", None)
                self.pipeline.progress = _stopper(stop)  # type: ignore[attr-defined]
                try:
                    return run_job(self.pipeline, job)
                finally:
                    self.pipeline.progress = listener  # type: ignore[attr-defined]

        try:
            with anyio.move_on_after(self.settings.time_limit_seconds):
                return await anyio.to_thread.run_sync(work, abandon_on_cancel=True, limiter=self._limiter)
            stop.set()
            return timeout_refusal(self.settings)
        except AnalysisCancelled:
            return Refusal(499, "the analysis was stopped")
        finally:
            stop.set()  # a job abandoned (deadline, client gone) stops at the pipeline's next step


def _stopper(stop: threading.Event | Any) -> Callable[[object], None]:
    def check(_event: object) -> None:
        if stop.is_set():
            raise AnalysisCancelled

    return check


class ProcessRunner:
    """Jobs in one worker process, killed and replaced when it will not stop."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self.queue = JobQueue(settings)
        self._context = multiprocessing.get_context("spawn")  # a clean interpreter: no threads or loop inherited
        self._process: Any = None
        self._connection: Any = None
        self._stop_flag: Any = None
        self._ready = False

    async def start(self) -> None:
        """Start the worker now, so that the models load before the first request."""
        self._spawn()

    async def stop(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._process is not None:
            self._process.kill()
            await anyio.to_thread.run_sync(self._process.join, 5)
        self._process = self._connection = None

    async def run(self, job: Job) -> Reply:
        return await self.queue.run(lambda: self._run(job))

    async def _run(self, job: Job) -> Reply:
        if not await self._wait_ready():
            return Refusal(503, "the analysis engine is starting or could not start: try again in a moment")
        self._stop_flag.clear()
        try:
            self._connection.send(job)
        except (OSError, ValueError):  # the worker died between jobs
            await self._replace()
            return Refusal(503, "the analysis engine restarted: try again")
        try:
            with anyio.move_on_after(self.settings.time_limit_seconds):
                reply = await self._receive()
                return reply if reply is not None else Refusal(500, "internal error: the analysis engine stopped")
            with anyio.CancelScope(shield=True):
                await self._stop_job()
            return timeout_refusal(self.settings)
        except anyio.get_cancelled_exc_class():  # the client has gone: stop its work, then let the cancel go on
            with anyio.CancelScope(shield=True):
                await self._stop_job()
            raise

    # --- the worker process -------------------------------------------------------------

    def _spawn(self) -> None:
        parent, child = self._context.Pipe(duplex=True)
        self._stop_flag = self._context.Event()
        self._process = self._context.Process(
            target=worker_main, args=(child, self._stop_flag, os.getpid()), name="cronica-analysis", daemon=True
        )
        self._process.start()
        child.close()
        self._connection = parent
        self._ready = False

    async def _wait_ready(self) -> bool:
        if self._process is None or not self._process.is_alive():
            if self._process is not None:
                log.warning("the analysis worker had died: starting a new one")
            self._spawn()
        if self._ready:
            return True
        with anyio.move_on_after(STARTUP_SECONDS):
            message = await self._receive()
            self._ready = message == "ready"
        return self._ready

    async def _receive(self) -> Any:
        """The worker's next message (None when it died)."""
        connection = self._connection
        try:
            await anyio.wait_readable(connection.fileno())
            return connection.recv()
        except (EOFError, OSError):
            return None

    async def _stop_job(self) -> None:
        """Ask the job to stop; kill the worker if it has not within the grace period."""
        self._stop_flag.set()
        with anyio.move_on_after(STOP_GRACE_SECONDS):
            await self._receive()  # its answer, late, or the note that it stopped
            return
        log.warning("an analysis did not stop in time: its worker process is killed and replaced")
        await self._replace()

    async def _replace(self) -> None:
        process = self._process
        if self._connection is not None:
            self._connection.close()
        if process is not None:
            process.kill()
            await anyio.to_thread.run_sync(process.join, 5)
        self._spawn()


def worker_main(connection: Any, stop_flag: Any, parent_pid: int) -> None:
    """The worker process: load the models, then run jobs until the server goes away."""
    from cronica.options import Options
    from cronica.pipeline import Pipeline
    from cronica.process import exit_with_parent, quiet_worker_logs

    exit_with_parent(parent_pid)
    quiet_worker_logs()
    pipeline = Pipeline(Options(), progress=_stopper(stop_flag))
    # a text per language (languages.yaml), so that the first request finds models, KB and classifiers loaded
    for lang, text in languages().examples.items():
        pipeline.analyze_text(text, lang=lang)
    connection.send("ready")
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return  # the server closed the pipe: it has stopped
        try:
            reply: object = run_job(pipeline, job)
        except AnalysisCancelled:
            reply = "stopped"
        except Exception as error:  # a bug: the server answers 500, the worker goes on
            log.exception("an analysis failed")
            reply = Refusal(500, f"internal error: {type(error).__name__} (see the server log)")
        try:
            connection.send(reply)
        except (OSError, ValueError):
            return
