from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckpointTrainingMetadata")


@_attrs_define
class CheckpointTrainingMetadata:
    """What was training when a checkpoint was saved. Each field may be absent (for checkpoints not saved by a trial).

    Attributes:
        experiment_config (CheckpointTrainingMetadataExperimentConfigType0 | None | Unset): The experiment's
            configuration.
        experiment_id (int | Unset): The experiment of the trial that saved it.
        hparams (CheckpointTrainingMetadataHparamsType0 | None | Unset): That trial's hyperparameter values.
        searcher_metric (float | Unset): The searcher metric's value at the checkpoint, when a validation ran there.
        training_metrics (Metrics | None | Unset): The training metrics reported at the checkpoint's batch.
        trial_id (int | Unset): The trial that saved it.
        validation_metrics (Metrics | None | Unset): The validation metrics at the checkpoint's batch, when a validation
            ran there; their values are in `avgMetrics`.
    """

    experiment_config: CheckpointTrainingMetadataExperimentConfigType0 | None | Unset = UNSET
    experiment_id: int | Unset = UNSET
    hparams: CheckpointTrainingMetadataHparamsType0 | None | Unset = UNSET
    searcher_metric: float | Unset = UNSET
    training_metrics: Metrics | None | Unset = UNSET
    trial_id: int | Unset = UNSET
    validation_metrics: Metrics | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_config: dict[str, Any] | None | Unset
        if isinstance(self.experiment_config, Unset):
            experiment_config = UNSET
        elif isinstance(self.experiment_config, CheckpointTrainingMetadataExperimentConfigType0):
            experiment_config = self.experiment_config.to_dict()
        else:
            experiment_config = self.experiment_config

        experiment_id = self.experiment_id

        hparams: dict[str, Any] | None | Unset
        if isinstance(self.hparams, Unset):
            hparams = UNSET
        elif isinstance(self.hparams, CheckpointTrainingMetadataHparamsType0):
            hparams = self.hparams.to_dict()
        else:
            hparams = self.hparams

        searcher_metric: float | str | Unset
        if isinstance(self.searcher_metric, float) and not math.isfinite(self.searcher_metric):
            searcher_metric = (
                "NaN" if math.isnan(self.searcher_metric) else ("Infinity" if self.searcher_metric > 0 else "-Infinity")
            )
        else:
            searcher_metric = self.searcher_metric

        training_metrics: dict[str, Any] | None | Unset
        if isinstance(self.training_metrics, Unset):
            training_metrics = UNSET
        elif isinstance(self.training_metrics, Metrics):
            training_metrics = self.training_metrics.to_dict()
        else:
            training_metrics = self.training_metrics

        trial_id = self.trial_id

        validation_metrics: dict[str, Any] | None | Unset
        if isinstance(self.validation_metrics, Unset):
            validation_metrics = UNSET
        elif isinstance(self.validation_metrics, Metrics):
            validation_metrics = self.validation_metrics.to_dict()
        else:
            validation_metrics = self.validation_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_config is not UNSET:
            field_dict["experimentConfig"] = experiment_config
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if hparams is not UNSET:
            field_dict["hparams"] = hparams
        if searcher_metric is not UNSET:
            field_dict["searcherMetric"] = searcher_metric
        if training_metrics is not UNSET:
            field_dict["trainingMetrics"] = training_metrics
        if trial_id is not UNSET:
            field_dict["trialId"] = trial_id
        if validation_metrics is not UNSET:
            field_dict["validationMetrics"] = validation_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _experiment_config = d.pop("experimentConfig", UNSET)
        experiment_config: CheckpointTrainingMetadataExperimentConfigType0 | None | Unset
        if _experiment_config is None or _experiment_config is UNSET:
            experiment_config = _experiment_config
        else:
            if not isinstance(_experiment_config, dict):
                raise TypeError(
                    f"CheckpointTrainingMetadata.experimentConfig: expected object, got {type(_experiment_config).__name__}"
                )
            experiment_config_type_0 = CheckpointTrainingMetadataExperimentConfigType0.from_dict(_experiment_config)

            experiment_config = experiment_config_type_0

        experiment_id = d.pop("experimentId", UNSET)
        if type(experiment_id) is not int and experiment_id is not UNSET:
            raise TypeError(
                f"CheckpointTrainingMetadata.experimentId: expected int, got {type(experiment_id).__name__}"
            )

        _hparams = d.pop("hparams", UNSET)
        hparams: CheckpointTrainingMetadataHparamsType0 | None | Unset
        if _hparams is None or _hparams is UNSET:
            hparams = _hparams
        else:
            if not isinstance(_hparams, dict):
                raise TypeError(f"CheckpointTrainingMetadata.hparams: expected object, got {type(_hparams).__name__}")
            hparams_type_0 = CheckpointTrainingMetadataHparamsType0.from_dict(_hparams)

            hparams = hparams_type_0

        _searcher_metric = d.pop("searcherMetric", UNSET)
        searcher_metric: float | Unset
        if type(_searcher_metric) is float or type(_searcher_metric) is int:
            searcher_metric = _searcher_metric
        elif _searcher_metric in ("NaN", "Infinity", "-Infinity"):
            searcher_metric = float(_searcher_metric)
        elif _searcher_metric is UNSET:
            searcher_metric = UNSET
        else:
            raise TypeError(
                f"CheckpointTrainingMetadata.searcherMetric: expected number, got {type(_searcher_metric).__name__}"
            )

        _training_metrics = d.pop("trainingMetrics", UNSET)
        training_metrics: Metrics | None | Unset
        if _training_metrics is None or _training_metrics is UNSET:
            training_metrics = _training_metrics
        else:
            if not isinstance(_training_metrics, dict):
                raise TypeError(
                    f"CheckpointTrainingMetadata.trainingMetrics: expected object, got {type(_training_metrics).__name__}"
                )
            training_metrics_type_0 = Metrics.from_dict(_training_metrics)

            training_metrics = training_metrics_type_0

        trial_id = d.pop("trialId", UNSET)
        if type(trial_id) is not int and trial_id is not UNSET:
            raise TypeError(f"CheckpointTrainingMetadata.trialId: expected int, got {type(trial_id).__name__}")

        _validation_metrics = d.pop("validationMetrics", UNSET)
        validation_metrics: Metrics | None | Unset
        if _validation_metrics is None or _validation_metrics is UNSET:
            validation_metrics = _validation_metrics
        else:
            if not isinstance(_validation_metrics, dict):
                raise TypeError(
                    f"CheckpointTrainingMetadata.validationMetrics: expected object, got {type(_validation_metrics).__name__}"
                )
            validation_metrics_type_0 = Metrics.from_dict(_validation_metrics)

            validation_metrics = validation_metrics_type_0

        checkpoint_training_metadata = cls(
            experiment_config,
            experiment_id,
            hparams,
            searcher_metric,
            training_metrics,
            trial_id,
            validation_metrics,
        )

        checkpoint_training_metadata.additional_properties = d if d else {}
        return checkpoint_training_metadata

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
from ..models.checkpoint_training_metadata_experiment_config_type_0 import (
    CheckpointTrainingMetadataExperimentConfigType0,  # noqa: E402
)
from ..models.checkpoint_training_metadata_hparams_type_0 import CheckpointTrainingMetadataHparamsType0  # noqa: E402
from ..models.metrics import Metrics  # noqa: E402
