"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_user_group import AgentUserGroup
    from .api_error import ApiError
    from .api_error_detail import ApiErrorDetail
    from .api_error_details_type_0_item import ApiErrorDetailsType0Item
    from .checkpoint import Checkpoint
    from .checkpoint_metadata import CheckpointMetadata
    from .checkpoint_resources import CheckpointResources
    from .checkpoint_state import CheckpointState
    from .checkpoint_training_metadata import CheckpointTrainingMetadata
    from .checkpoint_training_metadata_experiment_config_type_0 import CheckpointTrainingMetadataExperimentConfigType0
    from .checkpoint_training_metadata_hparams_type_0 import CheckpointTrainingMetadataHparamsType0
    from .checkpoint_training_metadata_training_metrics_type_0 import CheckpointTrainingMetadataTrainingMetricsType0
    from .checkpoint_training_metadata_validation_metrics_type_0 import CheckpointTrainingMetadataValidationMetricsType0
    from .cluster_info import ClusterInfo
    from .cluster_message import ClusterMessage
    from .experiment import Experiment
    from .experiment_config import ExperimentConfig
    from .experiment_hyperparameters_type_0 import ExperimentHyperparametersType0
    from .experiment_state import ExperimentState
    from .get_access_tokens_response import GetAccessTokensResponse
    from .get_access_tokens_sort_by import GetAccessTokensSortBy
    from .get_checkpoint_response import GetCheckpointResponse
    from .get_experiment_response import GetExperimentResponse
    from .get_experiment_response_config_type_0 import GetExperimentResponseConfigType0
    from .get_experiments_response import GetExperimentsResponse
    from .get_experiments_sort_by import GetExperimentsSortBy
    from .get_me_response import GetMeResponse
    from .get_models_response import GetModelsResponse
    from .get_models_sort_by import GetModelsSortBy
    from .get_templates_response import GetTemplatesResponse
    from .get_templates_sort_by import GetTemplatesSortBy
    from .get_users_response import GetUsersResponse
    from .get_users_sort_by import GetUsersSortBy
    from .job_state import JobState
    from .job_summary import JobSummary
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .model import Model
    from .model_metadata import ModelMetadata
    from .order_by import OrderBy
    from .pagination import Pagination
    from .patch_access_token_request import PatchAccessTokenRequest
    from .patch_access_token_response import PatchAccessTokenResponse
    from .post_access_token_request import PostAccessTokenRequest
    from .post_access_token_response import PostAccessTokenResponse
    from .sso_provider import SsoProvider
    from .template import Template
    from .template_config import TemplateConfig
    from .token_info import TokenInfo
    from .token_type import TokenType
    from .user import User

_MODULE_OF = {
    "AgentUserGroup": ".agent_user_group",
    "ApiError": ".api_error",
    "ApiErrorDetail": ".api_error_detail",
    "ApiErrorDetailsType0Item": ".api_error_details_type_0_item",
    "Checkpoint": ".checkpoint",
    "CheckpointMetadata": ".checkpoint_metadata",
    "CheckpointResources": ".checkpoint_resources",
    "CheckpointState": ".checkpoint_state",
    "CheckpointTrainingMetadata": ".checkpoint_training_metadata",
    "CheckpointTrainingMetadataExperimentConfigType0": ".checkpoint_training_metadata_experiment_config_type_0",
    "CheckpointTrainingMetadataHparamsType0": ".checkpoint_training_metadata_hparams_type_0",
    "CheckpointTrainingMetadataTrainingMetricsType0": ".checkpoint_training_metadata_training_metrics_type_0",
    "CheckpointTrainingMetadataValidationMetricsType0": ".checkpoint_training_metadata_validation_metrics_type_0",
    "ClusterInfo": ".cluster_info",
    "ClusterMessage": ".cluster_message",
    "Experiment": ".experiment",
    "ExperimentConfig": ".experiment_config",
    "ExperimentHyperparametersType0": ".experiment_hyperparameters_type_0",
    "ExperimentState": ".experiment_state",
    "GetAccessTokensResponse": ".get_access_tokens_response",
    "GetAccessTokensSortBy": ".get_access_tokens_sort_by",
    "GetCheckpointResponse": ".get_checkpoint_response",
    "GetExperimentResponse": ".get_experiment_response",
    "GetExperimentResponseConfigType0": ".get_experiment_response_config_type_0",
    "GetExperimentsResponse": ".get_experiments_response",
    "GetExperimentsSortBy": ".get_experiments_sort_by",
    "GetMeResponse": ".get_me_response",
    "GetModelsResponse": ".get_models_response",
    "GetModelsSortBy": ".get_models_sort_by",
    "GetTemplatesResponse": ".get_templates_response",
    "GetTemplatesSortBy": ".get_templates_sort_by",
    "GetUsersResponse": ".get_users_response",
    "GetUsersSortBy": ".get_users_sort_by",
    "JobState": ".job_state",
    "JobSummary": ".job_summary",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "Model": ".model",
    "ModelMetadata": ".model_metadata",
    "OrderBy": ".order_by",
    "Pagination": ".pagination",
    "PatchAccessTokenRequest": ".patch_access_token_request",
    "PatchAccessTokenResponse": ".patch_access_token_response",
    "PostAccessTokenRequest": ".post_access_token_request",
    "PostAccessTokenResponse": ".post_access_token_response",
    "SsoProvider": ".sso_provider",
    "Template": ".template",
    "TemplateConfig": ".template_config",
    "TokenInfo": ".token_info",
    "TokenType": ".token_type",
    "User": ".user",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = (
    "AgentUserGroup",
    "ApiError",
    "ApiErrorDetail",
    "ApiErrorDetailsType0Item",
    "Checkpoint",
    "CheckpointMetadata",
    "CheckpointResources",
    "CheckpointState",
    "CheckpointTrainingMetadata",
    "CheckpointTrainingMetadataExperimentConfigType0",
    "CheckpointTrainingMetadataHparamsType0",
    "CheckpointTrainingMetadataTrainingMetricsType0",
    "CheckpointTrainingMetadataValidationMetricsType0",
    "ClusterInfo",
    "ClusterMessage",
    "Experiment",
    "ExperimentConfig",
    "ExperimentHyperparametersType0",
    "ExperimentState",
    "GetAccessTokensResponse",
    "GetAccessTokensSortBy",
    "GetCheckpointResponse",
    "GetExperimentResponse",
    "GetExperimentResponseConfigType0",
    "GetExperimentsResponse",
    "GetExperimentsSortBy",
    "GetMeResponse",
    "GetModelsResponse",
    "GetModelsSortBy",
    "GetTemplatesResponse",
    "GetTemplatesSortBy",
    "GetUsersResponse",
    "GetUsersSortBy",
    "JobState",
    "JobSummary",
    "LoginRequest",
    "LoginResponse",
    "Model",
    "ModelMetadata",
    "OrderBy",
    "Pagination",
    "PatchAccessTokenRequest",
    "PatchAccessTokenResponse",
    "PostAccessTokenRequest",
    "PostAccessTokenResponse",
    "SsoProvider",
    "Template",
    "TemplateConfig",
    "TokenInfo",
    "TokenType",
    "User",
)
