from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchSummary")


@_attrs_define
class SearchSummary:
    """
    Attributes:
        config (None | SearchSummaryConfigType0):
        trials (list[TrialSummary] | Unset):
    """

    config: None | SearchSummaryConfigType0
    trials: list[TrialSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, SearchSummaryConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        trials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trials, Unset):
            trials = []
            for trials_item_data in self.trials:
                trials_item = trials_item_data.to_dict()
                trials.append(trials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if trials is not UNSET:
            field_dict["trials"] = trials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: None | SearchSummaryConfigType0
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"SearchSummary.config: expected object, got {type(_config).__name__}")
            config_type_0 = SearchSummaryConfigType0.from_dict(_config)

            config = config_type_0

        _trials = d.pop("trials", UNSET)
        trials: list[TrialSummary] | Unset = UNSET
        if _trials is not UNSET:
            if not isinstance(_trials, list):
                raise TypeError(f"SearchSummary.trials: expected list, got {type(_trials).__name__}")
            trials = []
            for trials_item_data in _trials:
                if not isinstance(trials_item_data, dict):
                    raise TypeError(
                        f"SearchSummary.trials item: expected object, got {type(trials_item_data).__name__}"
                    )
                trials_item = TrialSummary.from_dict(trials_item_data)

                trials.append(trials_item)

        search_summary = cls(
            config,
            trials,
        )

        search_summary.additional_properties = d if d else {}
        return search_summary

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
from ..models.search_summary_config_type_0 import SearchSummaryConfigType0  # noqa: E402
from ..models.trial_summary import TrialSummary  # noqa: E402
