from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationHistoryEntry")


@_attrs_define
class ValidationHistoryEntry:
    """A moment the experiment's best searcher metric improved.

    Attributes:
        end_time (datetime.datetime | None): When it was reported.
        searcher_metric (float): The new best value.
        trial_id (int): The trial that reached it.
    """

    end_time: datetime.datetime | None
    searcher_metric: float
    trial_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        searcher_metric: float | str
        if isinstance(self.searcher_metric, float) and not math.isfinite(self.searcher_metric):
            searcher_metric = (
                "NaN" if math.isnan(self.searcher_metric) else ("Infinity" if self.searcher_metric > 0 else "-Infinity")
            )
        else:
            searcher_metric = self.searcher_metric

        trial_id = self.trial_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endTime": end_time,
                "searcherMetric": searcher_metric,
                "trialId": trial_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _end_time = d.pop("endTime")
        end_time: datetime.datetime | None
        if _end_time is None:
            end_time = _end_time
        else:
            if type(_end_time) is not str:
                raise TypeError(
                    f"ValidationHistoryEntry.endTime: expected str (date-time), got {type(_end_time).__name__}"
                )
            end_time_type_0 = datetime.datetime.fromisoformat(_end_time)

            end_time = end_time_type_0

        _searcher_metric = d.pop("searcherMetric")
        searcher_metric: float
        if type(_searcher_metric) is float or type(_searcher_metric) is int:
            searcher_metric = _searcher_metric
        elif _searcher_metric in ("NaN", "Infinity", "-Infinity"):
            searcher_metric = float(_searcher_metric)
        else:
            raise TypeError(
                f"ValidationHistoryEntry.searcherMetric: expected number, got {type(_searcher_metric).__name__}"
            )

        trial_id = d.pop("trialId")
        if type(trial_id) is not int:
            raise TypeError(f"ValidationHistoryEntry.trialId: expected int, got {type(trial_id).__name__}")

        validation_history_entry = cls(
            end_time,
            searcher_metric,
            trial_id,
        )

        validation_history_entry.additional_properties = d if d else {}
        return validation_history_entry

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
