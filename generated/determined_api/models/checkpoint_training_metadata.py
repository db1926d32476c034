from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckpointTrainingMetadata")


@_attrs_define
class CheckpointTrainingMetadata:
    """Where a checkpoint came from; every field is optional.

    Attributes:
        trial_id (int | None | Unset):
        experiment_id (int | None | Unset):
        experiment_config (CheckpointTrainingMetadataExperimentConfigType0 | None | Unset):
        hparams (CheckpointTrainingMetadataHparamsType0 | None | Unset):
        training_metrics (CheckpointTrainingMetadataTrainingMetricsType0 | None | Unset):
        validation_metrics (CheckpointTrainingMetadataValidationMetricsType0 | None | Unset):
        searcher_metric (float | None | Unset):
    """

    trial_id: int | None | Unset = UNSET
    experiment_id: int | None | Unset = UNSET
    experiment_config: CheckpointTrainingMetadataExperimentConfigType0 | None | Unset = UNSET
    hparams: CheckpointTrainingMetadataHparamsType0 | None | Unset = UNSET
    training_metrics: CheckpointTrainingMetadataTrainingMetricsType0 | None | Unset = UNSET
    validation_metrics: CheckpointTrainingMetadataValidationMetricsType0 | None | Unset = UNSET
    searcher_metric: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_id: int | None | Unset
        if isinstance(self.trial_id, Unset):
            trial_id = UNSET
        else:
            trial_id = self.trial_id

        experiment_id: int | None | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        experiment_config: dict[str, Any] | None | Unset
        if isinstance(self.experiment_config, Unset):
            experiment_config = UNSET
        elif isinstance(self.experiment_config, CheckpointTrainingMetadataExperimentConfigType0):
            experiment_config = self.experiment_config.to_dict()
        else:
            experiment_config = self.experiment_config

        hparams: dict[str, Any] | None | Unset
        if isinstance(self.hparams, Unset):
            hparams = UNSET
        elif isinstance(self.hparams, CheckpointTrainingMetadataHparamsType0):
            hparams = self.hparams.to_dict()
        else:
            hparams = self.hparams

        training_metrics: dict[str, Any] | None | Unset
        if isinstance(self.training_metrics, Unset):
            training_metrics = UNSET
        elif isinstance(self.training_metrics, CheckpointTrainingMetadataTrainingMetricsType0):
            training_metrics = self.training_metrics.to_dict()
        else:
            training_metrics = self.training_metrics

        validation_metrics: dict[str, Any] | None | Unset
        if isinstance(self.validation_metrics, Unset):
            validation_metrics = UNSET
        elif isinstance(self.validation_metrics, CheckpointTrainingMetadataValidationMetricsType0):
            validation_metrics = self.validation_metrics.to_dict()
        else:
            validation_metrics = self.validation_metrics

        searcher_metric: float | None | Unset
        if isinstance(self.searcher_metric, Unset):
            searcher_metric = UNSET
        else:
            searcher_metric = self.searcher_metric

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trial_id is not UNSET:
            field_dict["trialId"] = trial_id
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if experiment_config is not UNSET:
            field_dict["experimentConfig"] = experiment_config
        if hparams is not UNSET:
            field_dict["hparams"] = hparams
        if training_metrics is not UNSET:
            field_dict["trainingMetrics"] = training_metrics
        if validation_metrics is not UNSET:
            field_dict["validationMetrics"] = validation_metrics
        if searcher_metric is not UNSET:
            field_dict["searcherMetric"] = searcher_metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trial_id = d.pop("trialId", UNSET)
        if type(trial_id) is not int and trial_id is not None and trial_id is not UNSET:
            raise TypeError(f"CheckpointTrainingMetadata.trialId: expected int, got {type(trial_id).__name__}")

        experiment_id = d.pop("experimentId", UNSET)
        if type(experiment_id) is not int and experiment_id is not None and experiment_id is not UNSET:
            raise TypeError(
                f"CheckpointTrainingMetadata.experimentId: expected int, got {type(experiment_id).__name__}"
            )

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

        _hparams = d.pop("hparams", UNSET)
        hparams: CheckpointTrainingMetadataHparamsType0 | None | Unset
        if _hparams is None or _hparams is UNSET:
            hparams = _hparams
        else:
            if not isinstance(_hparams, dict):
                raise TypeError(f"CheckpointTrainingMetadata.hparams: expected object, got {type(_hparams).__name__}")
            hparams_type_0 = CheckpointTrainingMetadataHparamsType0.from_dict(_hparams)

            hparams = hparams_type_0

        _training_metrics = d.pop("trainingMetrics", UNSET)
        training_metrics: CheckpointTrainingMetadataTrainingMetricsType0 | None | Unset
        if _training_metrics is None or _training_metrics is UNSET:
            training_metrics = _training_metrics
        else:
            if not isinstance(_training_metrics, dict):
                raise TypeError(
                    f"CheckpointTrainingMetadata.trainingMetrics: expected object, got {type(_training_metrics).__name__}"
                )
            training_metrics_type_0 = CheckpointTrainingMetadataTrainingMetricsType0.from_dict(_training_metrics)

            training_metrics = training_metrics_type_0

        _validation_metrics = d.pop("validationMetrics", UNSET)
        validation_metrics: CheckpointTrainingMetadataValidationMetricsType0 | None | Unset
        if _validation_metrics is None or _validation_metrics is UNSET:
            validation_metrics = _validation_metrics
        else:
            if not isinstance(_validation_metrics, dict):
                raise TypeError(
                    f"CheckpointTrainingMetadata.validationMetrics: expected object, got {type(_validation_metrics).__name__}"
                )
            validation_metrics_type_0 = CheckpointTrainingMetadataValidationMetricsType0.from_dict(_validation_metrics)

            validation_metrics = validation_metrics_type_0

        searcher_metric = d.pop("searcherMetric", UNSET)
        if (
            type(searcher_metric) is not float
            and type(searcher_metric) is not int
            and searcher_metric is not None
            and searcher_metric is not UNSET
        ):
            raise TypeError(
                f"CheckpointTrainingMetadata.searcherMetric: expected number, got {type(searcher_metric).__name__}"
            )

        checkpoint_training_metadata = cls(
            trial_id,
            experiment_id,
            experiment_config,
            hparams,
            training_metrics,
            validation_metrics,
            searcher_metric,
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
from ..models.checkpoint_training_metadata_training_metrics_type_0 import CheckpointTrainingMetadataTrainingMetricsType0  # noqa: E402
from ..models.checkpoint_training_metadata_validation_metrics_type_0 import (
    CheckpointTrainingMetadataValidationMetricsType0,  # noqa: E402
)
