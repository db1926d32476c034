from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExperimentRequest")


@_attrs_define
class CreateExperimentRequest:
    """What createExperiment (and putExperiment) take.

    Attributes:
        activate (bool | Unset): Start the experiment at once; otherwise it waits, paused.
        config (str | Unset): The experiment's configuration, as YAML (or JSON) text.
        model_definition (list[File] | Unset): The files of the model definition (the directory the entrypoint runs in),
            one entry per file or folder.
        parent_id (int | Unset): The experiment this one is forked from.
        project_id (int | Unset): The project to put it in; the default project when absent.
        template (str | Unset): A template whose configuration is merged under this one.
        unmanaged (bool | Unset): True for an experiment whose training runs outside the cluster and only reports here.
        validate_only (bool | Unset): Only check the configuration and files; nothing is created (a dry run).
    """

    activate: bool | Unset = UNSET
    config: str | Unset = UNSET
    model_definition: list[File] | Unset = UNSET
    parent_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    template: str | Unset = UNSET
    unmanaged: bool | Unset = UNSET
    validate_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activate = self.activate

        config = self.config

        model_definition: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_definition, Unset):
            model_definition = []
            for model_definition_item_data in self.model_definition:
                model_definition_item = model_definition_item_data.to_dict()
                model_definition.append(model_definition_item)

        parent_id = self.parent_id

        project_id = self.project_id

        template = self.template

        unmanaged = self.unmanaged

        validate_only = self.validate_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activate is not UNSET:
            field_dict["activate"] = activate
        if config is not UNSET:
            field_dict["config"] = config
        if model_definition is not UNSET:
            field_dict["modelDefinition"] = model_definition
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if template is not UNSET:
            field_dict["template"] = template
        if unmanaged is not UNSET:
            field_dict["unmanaged"] = unmanaged
        if validate_only is not UNSET:
            field_dict["validateOnly"] = validate_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activate = d.pop("activate", UNSET)
        if type(activate) is not bool and activate is not UNSET:
            raise TypeError(f"CreateExperimentRequest.activate: expected bool, got {type(activate).__name__}")

        config = d.pop("config", UNSET)
        if type(config) is not str and config is not UNSET:
            raise TypeError(f"CreateExperimentRequest.config: expected str, got {type(config).__name__}")

        _model_definition = d.pop("modelDefinition", UNSET)
        model_definition: list[File] | Unset = UNSET
        if _model_definition is not UNSET:
            if not isinstance(_model_definition, list):
                raise TypeError(
                    f"CreateExperimentRequest.modelDefinition: expected list, got {type(_model_definition).__name__}"
                )
            model_definition = []
            for model_definition_item_data in _model_definition:
                if not isinstance(model_definition_item_data, dict):
                    raise TypeError(
                        f"CreateExperimentRequest.modelDefinition item: expected object, got {type(model_definition_item_data).__name__}"
                    )
                model_definition_item = File.from_dict(model_definition_item_data)

                model_definition.append(model_definition_item)

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            raise TypeError(f"CreateExperimentRequest.parentId: expected int, got {type(parent_id).__name__}")

        project_id = d.pop("projectId", UNSET)
        if type(project_id) is not int and project_id is not UNSET:
            raise TypeError(f"CreateExperimentRequest.projectId: expected int, got {type(project_id).__name__}")

        template = d.pop("template", UNSET)
        if type(template) is not str and template is not UNSET:
            raise TypeError(f"CreateExperimentRequest.template: expected str, got {type(template).__name__}")

        unmanaged = d.pop("unmanaged", UNSET)
        if type(unmanaged) is not bool and unmanaged is not UNSET:
            raise TypeError(f"CreateExperimentRequest.unmanaged: expected bool, got {type(unmanaged).__name__}")

        validate_only = d.pop("validateOnly", UNSET)
        if type(validate_only) is not bool and validate_only is not UNSET:
            raise TypeError(f"CreateExperimentRequest.validateOnly: expected bool, got {type(validate_only).__name__}")

        create_experiment_request = cls(
            activate,
            config,
            model_definition,
            parent_id,
            project_id,
            template,
            unmanaged,
            validate_only,
        )

        create_experiment_request.additional_properties = d if d else {}
        return create_experiment_request

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
from ..models.file import File  # noqa: E402
