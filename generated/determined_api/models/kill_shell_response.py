from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KillShellResponse")


@_attrs_define
class KillShellResponse:
    """
    Attributes:
        shell (None | Shell | Unset):
    """

    shell: None | Shell | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shell: dict[str, Any] | None | Unset
        if isinstance(self.shell, Unset):
            shell = UNSET
        elif isinstance(self.shell, Shell):
            shell = self.shell.to_dict()
        else:
            shell = self.shell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shell is not UNSET:
            field_dict["shell"] = shell

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _shell = d.pop("shell", UNSET)
        shell: None | Shell | Unset
        if _shell is None or _shell is UNSET:
            shell = _shell
        else:
            if not isinstance(_shell, dict):
                raise TypeError(f"KillShellResponse.shell: expected object, got {type(_shell).__name__}")
            shell_type_0 = Shell.from_dict(_shell)

            shell = shell_type_0

        kill_shell_response = cls(
            shell,
        )

        kill_shell_response.additional_properties = d if d else {}
        return kill_shell_response

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
from ..models.shell import Shell  # noqa: E402
