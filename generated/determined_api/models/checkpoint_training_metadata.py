from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkpoint_training_metadata_experiment_config_type_0 import (
        CheckpointTrainingMetadataExperimentConfigType0,
    )
    from ..models.checkpoint_training_metadata_hparams_type_0 import CheckpointTrainingMetadataHparamsType0
    from ..models.checkpoint_training_metadata_training_metrics_type_0 import (
        CheckpointTrainingMetadataTrainingMetricsType0,
    )
    from ..models.checkpoint_training_metadata_validation_metrics_type_0 import (
        CheckpointTrainingMetadataValidationMetricsType0,
    )


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
        from ..models.checkpoint_training_metadata_experiment_config_type_0 import (
            CheckpointTrainingMetadataExperimentConfigType0,  # noqa: PLC0415
        )
        from ..models.checkpoint_training_metadata_hparams_type_0 import CheckpointTrainingMetadataHparamsType0  # noqa: PLC0415
        from ..models.checkpoint_training_metadata_training_metrics_type_0 import (
            CheckpointTrainingMetadataTrainingMetricsType0,  # noqa: PLC0415
        )
        from ..models.checkpoint_training_metadata_validation_metrics_type_0 import (
            CheckpointTrainingMetadataValidationMetricsType0,  # noqa: PLC0415
        )

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
        from ..models.checkpoint_training_metadata_experiment_config_type_0 import (
            CheckpointTrainingMetadataExperimentConfigType0,  # noqa: PLC0415
        )
        from ..models.checkpoint_training_metadata_hparams_type_0 import CheckpointTrainingMetadataHparamsType0  # noqa: PLC0415
        from ..models.checkpoint_training_metadata_training_metrics_type_0 import (
            CheckpointTrainingMetadataTrainingMetricsType0,  # noqa: PLC0415
        )
        from ..models.checkpoint_training_metadata_validation_metrics_type_0 import (
            CheckpointTrainingMetadataValidationMetricsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_trial_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_id = _parse_trial_id(d.pop("trialId", UNSET))

        def _parse_experiment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        experiment_id = _parse_experiment_id(d.pop("experimentId", UNSET))

        def _parse_experiment_config(data: object) -> CheckpointTrainingMetadataExperimentConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experiment_config_type_0 = CheckpointTrainingMetadataExperimentConfigType0.from_dict(data)

                return experiment_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointTrainingMetadataExperimentConfigType0 | None | Unset, data)

        experiment_config = _parse_experiment_config(d.pop("experimentConfig", UNSET))

        def _parse_hparams(data: object) -> CheckpointTrainingMetadataHparamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hparams_type_0 = CheckpointTrainingMetadataHparamsType0.from_dict(data)

                return hparams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointTrainingMetadataHparamsType0 | None | Unset, data)

        hparams = _parse_hparams(d.pop("hparams", UNSET))

        def _parse_training_metrics(data: object) -> CheckpointTrainingMetadataTrainingMetricsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                training_metrics_type_0 = CheckpointTrainingMetadataTrainingMetricsType0.from_dict(data)

                return training_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointTrainingMetadataTrainingMetricsType0 | None | Unset, data)

        training_metrics = _parse_training_metrics(d.pop("trainingMetrics", UNSET))

        def _parse_validation_metrics(data: object) -> CheckpointTrainingMetadataValidationMetricsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_metrics_type_0 = CheckpointTrainingMetadataValidationMetricsType0.from_dict(data)

                return validation_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointTrainingMetadataValidationMetricsType0 | None | Unset, data)

        validation_metrics = _parse_validation_metrics(d.pop("validationMetrics", UNSET))

        def _parse_searcher_metric(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        searcher_metric = _parse_searcher_metric(d.pop("searcherMetric", UNSET))

        checkpoint_training_metadata = cls(
            trial_id=trial_id,
            experiment_id=experiment_id,
            experiment_config=experiment_config,
            hparams=hparams,
            training_metrics=training_metrics,
            validation_metrics=validation_metrics,
            searcher_metric=searcher_metric,
        )

        checkpoint_training_metadata.additional_properties = d
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
