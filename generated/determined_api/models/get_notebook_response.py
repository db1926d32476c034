from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetNotebookResponse")


@_attrs_define
class GetNotebookResponse:
    """
    Attributes:
        config (GetNotebookResponseConfigType0 | None):
        notebook (None | Notebook):
    """

    config: GetNotebookResponseConfigType0 | None
    notebook: None | Notebook
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, GetNotebookResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        notebook: dict[str, Any] | None
        if isinstance(self.notebook, Notebook):
            notebook = self.notebook.to_dict()
        else:
            notebook = self.notebook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "notebook": notebook,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: GetNotebookResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"GetNotebookResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = GetNotebookResponseConfigType0.from_dict(_config)

            config = config_type_0

        _notebook = d.pop("notebook")
        notebook: None | Notebook
        if _notebook is None:
            notebook = _notebook
        else:
            if not isinstance(_notebook, dict):
                raise TypeError(f"GetNotebookResponse.notebook: expected object, got {type(_notebook).__name__}")
            notebook_type_0 = Notebook.from_dict(_notebook)

            notebook = notebook_type_0

        get_notebook_response = cls(
            config,
            notebook,
        )

        get_notebook_response.additional_properties = d if d else {}
        return get_notebook_response

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
from ..models.get_notebook_response_config_type_0 import GetNotebookResponseConfigType0  # noqa: E402
from ..models.notebook import Notebook  # noqa: E402
