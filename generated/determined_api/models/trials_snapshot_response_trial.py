from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrialsSnapshotResponseTrial")


@_attrs_define
class TrialsSnapshotResponseTrial:
    """
    Attributes:
        batches_processed (int):
        hparams (None | TrialsSnapshotResponseTrialHparamsType0):
        metric (float):
        trial_id (int):
    """

    batches_processed: int
    hparams: None | TrialsSnapshotResponseTrialHparamsType0
    metric: float
    trial_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches_processed = self.batches_processed

        hparams: dict[str, Any] | None
        if isinstance(self.hparams, TrialsSnapshotResponseTrialHparamsType0):
            hparams = self.hparams.to_dict()
        else:
            hparams = self.hparams

        metric: float | str
        if isinstance(self.metric, float) and not math.isfinite(self.metric):
            metric = "NaN" if math.isnan(self.metric) else ("Infinity" if self.metric > 0 else "-Infinity")
        else:
            metric = self.metric

        trial_id = self.trial_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchesProcessed": batches_processed,
                "hparams": hparams,
                "metric": metric,
                "trialId": trial_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batches_processed = d.pop("batchesProcessed")
        if type(batches_processed) is not int:
            raise TypeError(
                f"TrialsSnapshotResponseTrial.batchesProcessed: expected int, got {type(batches_processed).__name__}"
            )

        _hparams = d.pop("hparams")
        hparams: None | TrialsSnapshotResponseTrialHparamsType0
        if _hparams is None:
            hparams = _hparams
        else:
            if not isinstance(_hparams, dict):
                raise TypeError(f"TrialsSnapshotResponseTrial.hparams: expected object, got {type(_hparams).__name__}")
            hparams_type_0 = TrialsSnapshotResponseTrialHparamsType0.from_dict(_hparams)

            hparams = hparams_type_0

        _metric = d.pop("metric")
        metric: float
        if type(_metric) is float or type(_metric) is int:
            metric = _metric
        elif _metric in ("NaN", "Infinity", "-Infinity"):
            metric = float(_metric)
        else:
            raise TypeError(f"TrialsSnapshotResponseTrial.metric: expected number, got {type(_metric).__name__}")

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"TrialsSnapshotResponseTrial.trialId: expected int, got {type(trial_id).__name__}")

        trials_snapshot_response_trial = cls(
            batches_processed,
            hparams,
            metric,
            trial_id,
        )

        trials_snapshot_response_trial.additional_properties = d if d else {}
        return trials_snapshot_response_trial

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.trials_snapshot_response_trial_hparams_type_0 import TrialsSnapshotResponseTrialHparamsType0  # noqa: E402
