"""Realistic Determined master payloads (shapes from the wire facts), made deterministically.

Wire-faithful to the compiled contract (tests/spec/test_bench_payloads.py validates them
against openapi.yaml): every field a master always sends is present (with its zero value
where unset: ``""``, ``false``, ``0``); singular message fields it sends as ``null`` when
unset are ``null`` (``endTime``, ``forkedFrom``, ``progress``); proto3 ``optional`` fields
it omits when unset are absent, never ``null`` (``bestTrialId``, ``duration``,
``externalExperimentId``, ...). 64-bit integers travel as strings. Each experiment has a
nested experiment config of the size a real one has and the original config as YAML text.
Bodies are serialised once here; the server only slices and joins bytes.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

TOTAL_EXPERIMENTS = 10_000
TOKEN = "v2.public.eyJpZCI6MTIzLCJ1c2VyX2lkIjoxfQ.bench-token-bench-token-bench-token"

_STATES = [
    "STATE_COMPLETED",
    "STATE_COMPLETED",
    "STATE_COMPLETED",
    "STATE_ACTIVE",
    "STATE_RUNNING",
    "STATE_PAUSED",
    "STATE_CANCELED",
    "STATE_ERROR",
    "STATE_QUEUED",
]
_FINISHED = {"STATE_COMPLETED", "STATE_CANCELED", "STATE_ERROR"}
_SEARCHERS = ["single", "random", "grid", "adaptive_asha", "custom"]
_USERS = ["determined", "admin", "alice", "bob", "carol"]
_LABELS = ["baseline", "mnist", "resnet", "sweep", "prod", "nightly", "ablation"]
_POOLS = ["default", "gpu-a100", "cpu-pool"]
_BASE_TIME = datetime(2025, 3, 1, 8, 0, 0, tzinfo=UTC)


def _ts(t: datetime) -> str:
    # The master's RFC 3339 with microseconds and a Z suffix.
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _config(rng: random.Random, i: int, name: str, searcher: str, pool: str) -> dict:
    lr = round(rng.uniform(1e-4, 1e-1), 6)
    return {
        "name": name,
        "description": f"{name} run {i}",
        "entrypoint": "model_def:MNistTrial",
        "labels": [],
        "workspace": "Uncategorized",
        "project": "Uncategorized",
        "bind_mounts": [],
        "checkpoint_policy": "best",
        "checkpoint_storage": {
            "type": "shared_fs",
            "host_path": "/mnt/checkpoints",
            "storage_path": "determined-checkpoint",
            "propagation": "rprivate",
            "save_experiment_best": 0,
            "save_trial_best": 1,
            "save_trial_latest": 1,
        },
        "data": {"url": "https://example.invalid/mnist.tar.gz", "cache": True},
        "debug": False,
        "environment": {
            "image": {
                "cpu": "determinedai/pytorch-ngc-dev:0.38.1-cpu",
                "cuda": "determinedai/pytorch-ngc-dev:0.38.1-cuda",
                "rocm": "determinedai/environments:rocm-5.6-pytorch-1.3-tf-2.10-rocm",
            },
            "environment_variables": {"cpu": [], "cuda": ["NCCL_DEBUG=INFO"], "rocm": []},
            "force_pull_image": False,
            "pod_spec": None,
            "ports": {},
            "proxy_ports": [],
            "registry_auth": None,
            "add_capabilities": [],
            "drop_capabilities": [],
        },
        "hyperparameters": {
            "global_batch_size": {"type": "const", "val": 64},
            "learning_rate": {"type": "log", "minval": -4.0, "maxval": -1.0, "base": 10, "val": lr},
            "n_filters1": {"type": "int", "minval": 8, "maxval": 64, "val": 32},
            "n_filters2": {"type": "int", "minval": 8, "maxval": 72, "val": 64},
            "dropout1": {"type": "double", "minval": 0.2, "maxval": 0.8, "val": 0.25},
            "dropout2": {"type": "double", "minval": 0.2, "maxval": 0.8, "val": 0.5},
            "optimizer": {"type": "categorical", "vals": ["adam", "sgd", "adadelta"]},
        },
        "log_policies": [
            {"pattern": ".*CUDA out of memory.*", "actions": [{"type": "cancel_retries"}]},
            {"pattern": ".*uncorrectable ECC error.*", "actions": [{"type": "exclude_node"}]},
        ],
        "max_restarts": 5,
        "min_checkpoint_period": {"batches": 0},
        "min_validation_period": {"batches": 0},
        "optimizations": {
            "aggregation_frequency": 1,
            "auto_tune_tensor_fusion": False,
            "average_aggregated_gradients": True,
            "average_training_metrics": True,
            "grad_updates_size_file": None,
            "gradient_compression": False,
            "mixed_precision": "O0",
            "tensor_fusion_cycle_time": 1,
            "tensor_fusion_threshold": 64,
        },
        "perform_initial_validation": False,
        "profiling": {
            "enabled": False,
            "begin_on_batch": 0,
            "end_after_batch": None,
            "sync_timings": True,
        },
        "records_per_epoch": 0,
        "reproducibility": {"experiment_seed": 1740000000 + i},
        "resources": {
            "devices": [],
            "is_single_node": None,
            "max_slots": None,
            "native_parallel": False,
            "priority": None,
            "resource_pool": pool,
            "shm_size": None,
            "slots_per_trial": 1,
            "weight": 1,
        },
        "scheduling_unit": 100,
        "searcher": {
            "name": searcher,
            "metric": "validation_loss",
            "smaller_is_better": True,
            "max_length": {"batches": 937},
            "max_trials": 16,
            "max_concurrent_trials": 0,
            "source_checkpoint_uuid": None,
            "source_trial_id": None,
        },
        "integrations": None,
    }


_ORIGINAL_CONFIG = """name: {name}
description: {name} run {i}
entrypoint: model_def:MNistTrial
hyperparameters:
  global_batch_size: 64
  learning_rate:
    type: log
    minval: -4.0
    maxval: -1.0
    base: 10
  n_filters1:
    type: int
    minval: 8
    maxval: 64
  n_filters2:
    type: int
    minval: 8
    maxval: 72
  dropout1:
    type: double
    minval: 0.2
    maxval: 0.8
  dropout2:
    type: double
    minval: 0.2
    maxval: 0.8
searcher:
  name: {searcher}
  metric: validation_loss
  smaller_is_better: true
  max_trials: 16
  max_length:
    batches: 937
resources:
  resource_pool: {pool}
max_restarts: 5
"""


def experiment(i: int) -> dict:
    """Experiment number i (ids 1..N), every field of the wire facts present."""
    rng = random.Random(i)
    state = _STATES[i % len(_STATES)]
    searcher = _SEARCHERS[i % len(_SEARCHERS)]
    pool = _POOLS[i % len(_POOLS)]
    user_idx = i % len(_USERS)
    name = f"mnist-pytorch-{searcher}-{i}"
    start = _BASE_TIME + timedelta(minutes=7 * i, microseconds=rng.randrange(1_000_000))
    finished = state in _FINISHED
    duration = rng.randrange(60, 86_400)
    end = _ts(start + timedelta(seconds=duration)) if finished else None
    n_trials = 1 if searcher == "single" else 16
    first_trial = i * 16
    cfg = _config(rng, i, name, searcher, pool)
    has_best = finished or state == "STATE_RUNNING"
    exp = {
        "id": i,
        "name": name,
        "description": f"{name} run {i}",
        "labels": rng.sample(_LABELS, k=i % 3),
        "startTime": _ts(start),
        "endTime": end,
        "state": state,
        "archived": i % 17 == 0,
        "numTrials": n_trials,
        "trialIds": list(range(first_trial, first_trial + n_trials)),
        "displayName": "" if i % 4 else f"User {user_idx}",
        "userId": user_idx + 1,
        "username": _USERS[user_idx],
        "resourcePool": pool,
        "searcherType": searcher,
        "searcherMetric": "validation_loss",
        "hyperparameters": cfg["hyperparameters"],
        "notes": "" if i % 5 else "Baseline run; compare against the ablation sweep.",
        "jobId": f"{rng.getrandbits(64):016x}-{i:08d}-job",
        "forkedFrom": None if i % 6 else max(1, i - 3),
        "progress": 1.0 if finished else (None if state == "STATE_QUEUED" else rng.random()),
        "projectId": 1 + i % 4,
        "projectName": "Uncategorized" if i % 4 == 0 else f"project-{i % 4}",
        "workspaceId": 1 + i % 2,
        "workspaceName": "Uncategorized" if i % 2 == 0 else "research",
        "parentArchived": False,
        "config": cfg,
        "originalConfig": _ORIGINAL_CONFIG.format(name=name, i=i, searcher=searcher, pool=pool),
        "projectOwnerId": 1,
        "checkpointSize": str(rng.randrange(0, 50_000_000_000)),
        "checkpointCount": rng.randrange(0, 40),
        "unmanaged": False,
        "modelDefinitionSize": 4096 + i % 1000,
    }
    # proto3 `optional` fields: the master leaves them out when unset (never null).
    if has_best:
        exp["bestTrialSearcherMetric"] = round(rng.uniform(0.01, 2.0), 6)
        exp["bestTrialId"] = first_trial
    if finished:
        exp["duration"] = duration
    return exp


def _dumps(obj: object) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


USER = {
    "id": 1,
    "username": "determined",
    "admin": True,
    "active": True,
    "displayName": "",
    "remote": False,
    "lastAuthAt": "2025-03-01T08:00:00.000000Z",
    "modifiedAt": "2025-02-01T08:00:00.000000Z",
    "agentUserGroup": None,
}

MASTER_INFO = {
    "version": "0.38.1",
    "masterId": "7d0e4bce-6e46-4b5f-9d5c-5f4b1c1e0f3a",
    "clusterId": "5c9b2c2f-1f4e-4b7e-8d7e-0a2e9f1b6c44",
    "clusterName": "bench-cluster",
    "telemetryEnabled": False,
    "ssoProviders": [],
    "externalLoginUri": "",
    "externalLogoutUri": "",
    "branding": "determined",
    "rbacEnabled": False,
    "product": "PRODUCT_UNSPECIFIED",
    "featureSwitches": [],
    "userManagementEnabled": True,
    "strictJobQueueControl": False,
    "hasCustomLogo": False,
}  # no clusterMessage: an optional field the master omits when no message is set


class Corpus:
    """All experiments serialised once, plus the fixed bodies."""

    def __init__(self, total: int = TOTAL_EXPERIMENTS) -> None:
        self.total = total
        self.items: list[bytes] = [_dumps(experiment(i)) for i in range(1, total + 1)]
        self.master = _dumps(MASTER_INFO)
        self.login = _dumps({"token": TOKEN, "user": USER})
        self.me = _dumps({"user": USER})

    def page(self, limit: int, offset: int) -> bytes:
        """A getExperiments answer the way the master pages: limit 0 means 100, -1 all,
        -2 only the pagination object; a negative offset counts from the end."""
        total = self.total
        if offset < 0:
            offset = max(0, total + offset)
        offset = min(offset, total)
        if limit == 0:
            limit = 100
        if limit == -1:
            end = total
        elif limit == -2:
            end = offset
        else:
            end = min(total, offset + max(limit, 0))
        pagination = {
            "offset": offset,
            "limit": limit,
            "startIndex": offset,
            "endIndex": end,
            "total": total,
        }
        return (
            b'{"experiments":['
            + b",".join(self.items[offset:end])
            + b'],"pagination":'
            + _dumps(pagination)
            + b"}"
        )
