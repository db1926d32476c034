from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetShellResponse")


@_attrs_define
class GetShellResponse:
    """
    Attributes:
        config (GetShellResponseConfigType0 | None):
        shell (None | Shell):
    """

    config: GetShellResponseConfigType0 | None
    shell: None | Shell
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None
        if isinstance(self.config, GetShellResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        shell: dict[str, Any] | None
        if isinstance(self.shell, Shell):
            shell = self.shell.to_dict()
        else:
            shell = self.shell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "shell": shell,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config")
        config: GetShellResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"GetShellResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = GetShellResponseConfigType0.from_dict(_config)

            config = config_type_0

        _shell = d.pop("shell")
        shell: None | Shell
        if _shell is None:
            shell = _shell
        else:
            if not isinstance(_shell, dict):
                raise TypeError(f"GetShellResponse.shell: expected object, got {type(_shell).__name__}")
            shell_type_0 = Shell.from_dict(_shell)

            shell = shell_type_0

        get_shell_response = cls(
            config,
            shell,
        )

        get_shell_response.additional_properties = d if d else {}
        return get_shell_response

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
from ..models.get_shell_response_config_type_0 import GetShellResponseConfigType0  # noqa: E402
from ..models.shell import Shell  # noqa: E402
