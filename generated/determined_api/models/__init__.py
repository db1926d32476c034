"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accelerator_data import AcceleratorData
    from .ack_allocation_preemption_signal_request import AckAllocationPreemptionSignalRequest
    from .ack_allocation_preemption_signal_response import AckAllocationPreemptionSignalResponse
    from .activate_experiment_response import ActivateExperimentResponse
    from .activate_experiments_request import ActivateExperimentsRequest
    from .activate_experiments_response import ActivateExperimentsResponse
    from .activity_type import ActivityType
    from .add_project_note_response import AddProjectNoteResponse
    from .address import Address
    from .agent import Agent
    from .agent_containers import AgentContainers
    from .agent_slots import AgentSlots
    from .agent_user_group import AgentUserGroup
    from .aggregate_queue_stats import AggregateQueueStats
    from .allocation import Allocation
    from .allocation_all_gather_request import AllocationAllGatherRequest
    from .allocation_all_gather_request_data_type_0 import AllocationAllGatherRequestDataType0
    from .allocation_all_gather_response import AllocationAllGatherResponse
    from .allocation_all_gather_response_data_item import AllocationAllGatherResponseDataItem
    from .allocation_csv_period import AllocationCsvPeriod
    from .allocation_pending_preemption_signal_request import AllocationPendingPreemptionSignalRequest
    from .allocation_pending_preemption_signal_response import AllocationPendingPreemptionSignalResponse
    from .allocation_preemption_signal_response import AllocationPreemptionSignalResponse
    from .allocation_ready_request import AllocationReadyRequest
    from .allocation_ready_response import AllocationReadyResponse
    from .allocation_rendezvous_info_response import AllocationRendezvousInfoResponse
    from .allocation_summary import AllocationSummary
    from .allocation_waiting_request import AllocationWaitingRequest
    from .allocation_waiting_response import AllocationWaitingResponse
    from .api_error import ApiError
    from .api_error_detail import ApiErrorDetail
    from .api_error_details_type_0_item import ApiErrorDetailsType0Item
    from .archive_experiment_response import ArchiveExperimentResponse
    from .archive_experiments_request import ArchiveExperimentsRequest
    from .archive_experiments_response import ArchiveExperimentsResponse
    from .archive_model_response import ArchiveModelResponse
    from .archive_project_response import ArchiveProjectResponse
    from .archive_runs_request import ArchiveRunsRequest
    from .archive_runs_response import ArchiveRunsResponse
    from .archive_workspace_response import ArchiveWorkspaceResponse
    from .assign_multiple_groups_request import AssignMultipleGroupsRequest
    from .assign_multiple_groups_response import AssignMultipleGroupsResponse
    from .assign_roles_request import AssignRolesRequest
    from .assign_roles_response import AssignRolesResponse
    from .aws_custom_tag import AwsCustomTag
    from .bind_rp_to_workspace_request import BindRPToWorkspaceRequest
    from .bind_rp_to_workspace_response import BindRPToWorkspaceResponse
    from .bulk_auto_create_workspace_namespace_bindings_request import BulkAutoCreateWorkspaceNamespaceBindingsRequest
    from .bulk_auto_create_workspace_namespace_bindings_response import BulkAutoCreateWorkspaceNamespaceBindingsResponse
    from .bulk_experiment_filters import BulkExperimentFilters
    from .cancel_experiment_response import CancelExperimentResponse
    from .cancel_experiments_request import CancelExperimentsRequest
    from .cancel_experiments_response import CancelExperimentsResponse
    from .checkpoint import Checkpoint
    from .checkpoint_metadata_type_0 import CheckpointMetadataType0
    from .checkpoint_resources import CheckpointResources
    from .checkpoint_sort_by import CheckpointSortBy
    from .checkpoint_state import CheckpointState
    from .checkpoint_training_metadata import CheckpointTrainingMetadata
    from .checkpoint_training_metadata_experiment_config_type_0 import CheckpointTrainingMetadataExperimentConfigType0
    from .checkpoint_training_metadata_hparams_type_0 import CheckpointTrainingMetadataHparamsType0
    from .checkpoint_workload import CheckpointWorkload
    from .checkpoint_workload_metadata_type_0 import CheckpointWorkloadMetadataType0
    from .checkpoint_workload_resources import CheckpointWorkloadResources
    from .checkpoints_remove_files_request import CheckpointsRemoveFilesRequest
    from .checkpoints_remove_files_response import CheckpointsRemoveFilesResponse
    from .cleanup_logs_response import CleanupLogsResponse
    from .cluster_message import ClusterMessage
    from .column_type import ColumnType
    from .command import Command
    from .comparable_trial import ComparableTrial
    from .compare_trials_response import CompareTrialsResponse
    from .config import Config
    from .container import Container
    from .container_state import ContainerState
    from .continue_experiment_request import ContinueExperimentRequest
    from .continue_experiment_response import ContinueExperimentResponse
    from .create_experiment_request import CreateExperimentRequest
    from .create_experiment_response import CreateExperimentResponse
    from .create_experiment_response_config_type_0 import CreateExperimentResponseConfigType0
    from .create_generic_task_request import CreateGenericTaskRequest
    from .create_generic_task_response import CreateGenericTaskResponse
    from .create_group_request import CreateGroupRequest
    from .create_group_response import CreateGroupResponse
    from .create_trial_request import CreateTrialRequest
    from .create_trial_request_hparams_type_0 import CreateTrialRequestHparamsType0
    from .create_trial_response import CreateTrialResponse
    from .current_user_response import CurrentUserResponse
    from .custom_webhook_event_data import CustomWebhookEventData
    from .data_point import DataPoint
    from .data_point_values_type_0 import DataPointValuesType0
    from .delete_checkpoints_request import DeleteCheckpointsRequest
    from .delete_checkpoints_response import DeleteCheckpointsResponse
    from .delete_cluster_message_response import DeleteClusterMessageResponse
    from .delete_experiment_label_response import DeleteExperimentLabelResponse
    from .delete_experiment_response import DeleteExperimentResponse
    from .delete_experiments_request import DeleteExperimentsRequest
    from .delete_experiments_response import DeleteExperimentsResponse
    from .delete_global_config_policies_response import DeleteGlobalConfigPoliciesResponse
    from .delete_group_response import DeleteGroupResponse
    from .delete_model_response import DeleteModelResponse
    from .delete_model_version_response import DeleteModelVersionResponse
    from .delete_project_response import DeleteProjectResponse
    from .delete_runs_request import DeleteRunsRequest
    from .delete_runs_response import DeleteRunsResponse
    from .delete_template_response import DeleteTemplateResponse
    from .delete_tensorboard_files_response import DeleteTensorboardFilesResponse
    from .delete_webhook_response import DeleteWebhookResponse
    from .delete_workspace_config_policies_response import DeleteWorkspaceConfigPoliciesResponse
    from .delete_workspace_namespace_bindings_response import DeleteWorkspaceNamespaceBindingsResponse
    from .delete_workspace_response import DeleteWorkspaceResponse
    from .device import Device
    from .device_stats import DeviceStats
    from .device_stats_states import DeviceStatsStates
    from .device_type import DeviceType
    from .disable_agent_request import DisableAgentRequest
    from .disable_agent_response import DisableAgentResponse
    from .disable_slot_request import DisableSlotRequest
    from .disable_slot_response import DisableSlotResponse
    from .double_field_filter import DoubleFieldFilter
    from .downsampled_metrics import DownsampledMetrics
    from .enable_agent_response import EnableAgentResponse
    from .enable_slot_response import EnableSlotResponse
    from .entity_type import EntityType
    from .exp_metric_names_response import ExpMetricNamesResponse
    from .exp_metric_names_stream_line import ExpMetricNamesStreamLine
    from .experiment import Experiment
    from .experiment_action_result import ExperimentActionResult
    from .experiment_config_type_0 import ExperimentConfigType0
    from .experiment_hyperparameters_type_0 import ExperimentHyperparametersType0
    from .experiment_pachyderm_integration import ExperimentPachydermIntegration
    from .experiment_state import ExperimentState
    from .failure_type import FailureType
    from .field_mask import FieldMask
    from .file import File
    from .file_node import FileNode
    from .fitting_policy import FittingPolicy
    from .flat_run import FlatRun
    from .flat_run_experiment import FlatRunExperiment
    from .flat_run_experiment_pachyderm_integration import FlatRunExperimentPachydermIntegration
    from .flat_run_hyperparameters import FlatRunHyperparameters
    from .flat_run_metadata import FlatRunMetadata
    from .flat_run_summary_metrics import FlatRunSummaryMetrics
    from .generic_task_state import GenericTaskState
    from .get_access_tokens_request_sort_by import GetAccessTokensRequestSortBy
    from .get_access_tokens_response import GetAccessTokensResponse
    from .get_active_tasks_count_response import GetActiveTasksCountResponse
    from .get_agent_response import GetAgentResponse
    from .get_agents_request_sort_by import GetAgentsRequestSortBy
    from .get_agents_response import GetAgentsResponse
    from .get_allocation_response import GetAllocationResponse
    from .get_best_searcher_validation_metric_response import GetBestSearcherValidationMetricResponse
    from .get_checkpoint_response import GetCheckpointResponse
    from .get_cluster_message_response import GetClusterMessageResponse
    from .get_command_response import GetCommandResponse
    from .get_command_response_config_type_0 import GetCommandResponseConfigType0
    from .get_commands_request_sort_by import GetCommandsRequestSortBy
    from .get_commands_response import GetCommandsResponse
    from .get_experiment_checkpoints_response import GetExperimentCheckpointsResponse
    from .get_experiment_labels_response import GetExperimentLabelsResponse
    from .get_experiment_response import GetExperimentResponse
    from .get_experiment_response_config_type_0 import GetExperimentResponseConfigType0
    from .get_experiment_trials_request_sort_by import GetExperimentTrialsRequestSortBy
    from .get_experiment_trials_response import GetExperimentTrialsResponse
    from .get_experiment_validation_history_response import GetExperimentValidationHistoryResponse
    from .get_experiments_request_sort_by import GetExperimentsRequestSortBy
    from .get_experiments_response import GetExperimentsResponse
    from .get_generic_task_config_response import GetGenericTaskConfigResponse
    from .get_global_config_policies_response import GetGlobalConfigPoliciesResponse
    from .get_global_config_policies_response_config_policies_type_0 import (
        GetGlobalConfigPoliciesResponseConfigPoliciesType0,
    )
    from .get_group_response import GetGroupResponse
    from .get_groups_and_users_assigned_to_workspace_response import GetGroupsAndUsersAssignedToWorkspaceResponse
    from .get_groups_request import GetGroupsRequest
    from .get_groups_response import GetGroupsResponse
    from .get_job_queue_stats_response import GetJobQueueStatsResponse
    from .get_jobs_response import GetJobsResponse
    from .get_jobs_v2_response import GetJobsV2Response
    from .get_kubernetes_resource_managers_response import GetKubernetesResourceManagersResponse
    from .get_kubernetes_resource_quotas_response import GetKubernetesResourceQuotasResponse
    from .get_kubernetes_resource_quotas_response_resource_quotas import (
        GetKubernetesResourceQuotasResponseResourceQuotas,
    )
    from .get_master_config_response import GetMasterConfigResponse
    from .get_master_config_response_config_type_0 import GetMasterConfigResponseConfigType0
    from .get_master_response import GetMasterResponse
    from .get_master_response_product import GetMasterResponseProduct
    from .get_me_response import GetMeResponse
    from .get_metadata_values_response import GetMetadataValuesResponse
    from .get_metrics_response import GetMetricsResponse
    from .get_metrics_stream_line import GetMetricsStreamLine
    from .get_model_def_file_request import GetModelDefFileRequest
    from .get_model_def_file_response import GetModelDefFileResponse
    from .get_model_def_response import GetModelDefResponse
    from .get_model_def_tree_response import GetModelDefTreeResponse
    from .get_model_labels_response import GetModelLabelsResponse
    from .get_model_response import GetModelResponse
    from .get_model_version_response import GetModelVersionResponse
    from .get_model_versions_request_sort_by import GetModelVersionsRequestSortBy
    from .get_model_versions_response import GetModelVersionsResponse
    from .get_models_request_sort_by import GetModelsRequestSortBy
    from .get_models_response import GetModelsResponse
    from .get_notebook_response import GetNotebookResponse
    from .get_notebook_response_config_type_0 import GetNotebookResponseConfigType0
    from .get_notebooks_request_sort_by import GetNotebooksRequestSortBy
    from .get_notebooks_response import GetNotebooksResponse
    from .get_permissions_summary_response import GetPermissionsSummaryResponse
    from .get_project_by_key_response import GetProjectByKeyResponse
    from .get_project_columns_response import GetProjectColumnsResponse
    from .get_project_numeric_metrics_range_response import GetProjectNumericMetricsRangeResponse
    from .get_project_response import GetProjectResponse
    from .get_projects_by_user_activity_response import GetProjectsByUserActivityResponse
    from .get_resource_pools_response import GetResourcePoolsResponse
    from .get_roles_assigned_to_group_response import GetRolesAssignedToGroupResponse
    from .get_roles_assigned_to_user_response import GetRolesAssignedToUserResponse
    from .get_roles_by_id_request import GetRolesByIDRequest
    from .get_roles_by_id_response import GetRolesByIDResponse
    from .get_run_metadata_response import GetRunMetadataResponse
    from .get_run_metadata_response_metadata_type_0 import GetRunMetadataResponseMetadataType0
    from .get_shell_response import GetShellResponse
    from .get_shell_response_config_type_0 import GetShellResponseConfigType0
    from .get_shells_request_sort_by import GetShellsRequestSortBy
    from .get_shells_response import GetShellsResponse
    from .get_slot_response import GetSlotResponse
    from .get_slots_response import GetSlotsResponse
    from .get_task_accelerator_data_response import GetTaskAcceleratorDataResponse
    from .get_task_context_directory_response import GetTaskContextDirectoryResponse
    from .get_task_response import GetTaskResponse
    from .get_tasks_response import GetTasksResponse
    from .get_tasks_response_allocation_id_to_summary import GetTasksResponseAllocationIdToSummary
    from .get_telemetry_response import GetTelemetryResponse
    from .get_template_response import GetTemplateResponse
    from .get_templates_request_sort_by import GetTemplatesRequestSortBy
    from .get_templates_response import GetTemplatesResponse
    from .get_tensorboard_response import GetTensorboardResponse
    from .get_tensorboard_response_config_type_0 import GetTensorboardResponseConfigType0
    from .get_tensorboards_request_sort_by import GetTensorboardsRequestSortBy
    from .get_tensorboards_response import GetTensorboardsResponse
    from .get_training_metrics_response import GetTrainingMetricsResponse
    from .get_training_metrics_stream_line import GetTrainingMetricsStreamLine
    from .get_trial_by_external_id_response import GetTrialByExternalIDResponse
    from .get_trial_checkpoints_response import GetTrialCheckpointsResponse
    from .get_trial_metrics_by_checkpoint_response import GetTrialMetricsByCheckpointResponse
    from .get_trial_metrics_by_model_version_response import GetTrialMetricsByModelVersionResponse
    from .get_trial_profiler_available_series_response import GetTrialProfilerAvailableSeriesResponse
    from .get_trial_profiler_available_series_stream_line import GetTrialProfilerAvailableSeriesStreamLine
    from .get_trial_profiler_metrics_response import GetTrialProfilerMetricsResponse
    from .get_trial_profiler_metrics_stream_line import GetTrialProfilerMetricsStreamLine
    from .get_trial_remaining_log_retention_days_response import GetTrialRemainingLogRetentionDaysResponse
    from .get_trial_response import GetTrialResponse
    from .get_trial_workloads_request_filter_option import GetTrialWorkloadsRequestFilterOption
    from .get_trial_workloads_response import GetTrialWorkloadsResponse
    from .get_user_by_username_response import GetUserByUsernameResponse
    from .get_user_response import GetUserResponse
    from .get_user_setting_response import GetUserSettingResponse
    from .get_users_request_sort_by import GetUsersRequestSortBy
    from .get_users_response import GetUsersResponse
    from .get_validation_metrics_response import GetValidationMetricsResponse
    from .get_validation_metrics_stream_line import GetValidationMetricsStreamLine
    from .get_webhooks_response import GetWebhooksResponse
    from .get_workspace_config_policies_response import GetWorkspaceConfigPoliciesResponse
    from .get_workspace_config_policies_response_config_policies_type_0 import (
        GetWorkspaceConfigPoliciesResponseConfigPoliciesType0,
    )
    from .get_workspace_projects_request_sort_by import GetWorkspaceProjectsRequestSortBy
    from .get_workspace_projects_response import GetWorkspaceProjectsResponse
    from .get_workspace_response import GetWorkspaceResponse
    from .get_workspaces_request_sort_by import GetWorkspacesRequestSortBy
    from .get_workspaces_response import GetWorkspacesResponse
    from .get_workspaces_with_default_namespace_bindings_response import (
        GetWorkspacesWithDefaultNamespaceBindingsResponse,
    )
    from .group import Group
    from .group_details import GroupDetails
    from .group_role_assignment import GroupRoleAssignment
    from .group_search_result import GroupSearchResult
    from .health_check import HealthCheck
    from .health_status import HealthStatus
    from .idle_notebook_request import IdleNotebookRequest
    from .idle_notebook_response import IdleNotebookResponse
    from .int_32_field_filter import Int32FieldFilter
    from .job import Job
    from .job_state import JobState
    from .job_summary import JobSummary
    from .job_type import JobType
    from .k8_priority_class import K8PriorityClass
    from .kill_command_response import KillCommandResponse
    from .kill_experiment_response import KillExperimentResponse
    from .kill_experiments_request import KillExperimentsRequest
    from .kill_experiments_response import KillExperimentsResponse
    from .kill_generic_task_request import KillGenericTaskRequest
    from .kill_generic_task_response import KillGenericTaskResponse
    from .kill_notebook_response import KillNotebookResponse
    from .kill_runs_request import KillRunsRequest
    from .kill_runs_response import KillRunsResponse
    from .kill_shell_response import KillShellResponse
    from .kill_tensorboard_response import KillTensorboardResponse
    from .kill_trial_response import KillTrialResponse
    from .launch_command_request import LaunchCommandRequest
    from .launch_command_request_config_type_0 import LaunchCommandRequestConfigType0
    from .launch_command_response import LaunchCommandResponse
    from .launch_command_response_config_type_0 import LaunchCommandResponseConfigType0
    from .launch_notebook_request import LaunchNotebookRequest
    from .launch_notebook_request_config_type_0 import LaunchNotebookRequestConfigType0
    from .launch_notebook_response import LaunchNotebookResponse
    from .launch_notebook_response_config_type_0 import LaunchNotebookResponseConfigType0
    from .launch_shell_request import LaunchShellRequest
    from .launch_shell_request_config_type_0 import LaunchShellRequestConfigType0
    from .launch_shell_response import LaunchShellResponse
    from .launch_shell_response_config_type_0 import LaunchShellResponseConfigType0
    from .launch_tensorboard_request import LaunchTensorboardRequest
    from .launch_tensorboard_request_config_type_0 import LaunchTensorboardRequestConfigType0
    from .launch_tensorboard_response import LaunchTensorboardResponse
    from .launch_tensorboard_response_config_type_0 import LaunchTensorboardResponseConfigType0
    from .launch_warning import LaunchWarning
    from .limited_job import LimitedJob
    from .list_r_ps_bound_to_workspace_response import ListRPsBoundToWorkspaceResponse
    from .list_roles_request import ListRolesRequest
    from .list_roles_response import ListRolesResponse
    from .list_workspace_namespace_bindings_response import ListWorkspaceNamespaceBindingsResponse
    from .list_workspace_namespace_bindings_response_namespace_bindings import (
        ListWorkspaceNamespaceBindingsResponseNamespaceBindings,
    )
    from .list_workspaces_bound_to_rp_response import ListWorkspacesBoundToRPResponse
    from .location_type import LocationType
    from .log_config import LogConfig
    from .log_entry import LogEntry
    from .log_level import LogLevel
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .logout_response import LogoutResponse
    from .mark_allocation_resources_daemon_request import MarkAllocationResourcesDaemonRequest
    from .mark_allocation_resources_daemon_response import MarkAllocationResourcesDaemonResponse
    from .master_logs_response import MasterLogsResponse
    from .master_logs_stream_line import MasterLogsStreamLine
    from .metric_batches_response import MetricBatchesResponse
    from .metric_batches_stream_line import MetricBatchesStreamLine
    from .metric_identifier import MetricIdentifier
    from .metric_type import MetricType
    from .metrics import Metrics
    from .metrics_avg_metrics_type_0 import MetricsAvgMetricsType0
    from .metrics_batch_metrics_item import MetricsBatchMetricsItem
    from .metrics_range import MetricsRange
    from .metrics_report import MetricsReport
    from .metrics_report_metrics_type_0 import MetricsReportMetricsType0
    from .metrics_workload import MetricsWorkload
    from .model import Model
    from .model_metadata_type_0 import ModelMetadataType0
    from .model_version import ModelVersion
    from .model_version_metadata_type_0 import ModelVersionMetadataType0
    from .move_experiment_request import MoveExperimentRequest
    from .move_experiment_response import MoveExperimentResponse
    from .move_experiments_request import MoveExperimentsRequest
    from .move_experiments_response import MoveExperimentsResponse
    from .move_model_request import MoveModelRequest
    from .move_model_response import MoveModelResponse
    from .move_project_request import MoveProjectRequest
    from .move_project_response import MoveProjectResponse
    from .move_runs_request import MoveRunsRequest
    from .move_runs_response import MoveRunsResponse
    from .non_finite_number import NonFiniteNumber
    from .note import Note
    from .notebook import Notebook
    from .notify_container_running_request import NotifyContainerRunningRequest
    from .notify_container_running_request_data_type_0 import NotifyContainerRunningRequestDataType0
    from .notify_container_running_response import NotifyContainerRunningResponse
    from .notify_container_running_response_data_item import NotifyContainerRunningResponseDataItem
    from .order_by import OrderBy
    from .overwrite_rp_workspace_bindings_request import OverwriteRPWorkspaceBindingsRequest
    from .overwrite_rp_workspace_bindings_response import OverwriteRPWorkspaceBindingsResponse
    from .pagination import Pagination
    from .patch_access_token_request import PatchAccessTokenRequest
    from .patch_access_token_response import PatchAccessTokenResponse
    from .patch_checkpoint import PatchCheckpoint
    from .patch_checkpoint_optional_resources import PatchCheckpointOptionalResources
    from .patch_checkpoint_optional_resources_resources import PatchCheckpointOptionalResourcesResources
    from .patch_checkpoints_request import PatchCheckpointsRequest
    from .patch_checkpoints_response import PatchCheckpointsResponse
    from .patch_experiment import PatchExperiment
    from .patch_experiment_patch_checkpoint_storage import PatchExperimentPatchCheckpointStorage
    from .patch_experiment_patch_resources import PatchExperimentPatchResources
    from .patch_experiment_response import PatchExperimentResponse
    from .patch_master_config_request import PatchMasterConfigRequest
    from .patch_master_config_response import PatchMasterConfigResponse
    from .patch_model import PatchModel
    from .patch_model_metadata_type_0 import PatchModelMetadataType0
    from .patch_model_response import PatchModelResponse
    from .patch_model_version import PatchModelVersion
    from .patch_model_version_metadata_type_0 import PatchModelVersionMetadataType0
    from .patch_model_version_response import PatchModelVersionResponse
    from .patch_project import PatchProject
    from .patch_project_response import PatchProjectResponse
    from .patch_template_config_body import PatchTemplateConfigBody
    from .patch_template_config_response import PatchTemplateConfigResponse
    from .patch_template_name_request import PatchTemplateNameRequest
    from .patch_template_name_response import PatchTemplateNameResponse
    from .patch_trial_request import PatchTrialRequest
    from .patch_trial_response import PatchTrialResponse
    from .patch_user import PatchUser
    from .patch_user_response import PatchUserResponse
    from .patch_users_request import PatchUsersRequest
    from .patch_users_response import PatchUsersResponse
    from .patch_webhook import PatchWebhook
    from .patch_webhook_response import PatchWebhookResponse
    from .patch_workspace import PatchWorkspace
    from .patch_workspace_checkpoint_storage_config import PatchWorkspaceCheckpointStorageConfig
    from .patch_workspace_cluster_namespace_meta import PatchWorkspaceClusterNamespaceMeta
    from .patch_workspace_response import PatchWorkspaceResponse
    from .patch_workspace_response_namespace_bindings import PatchWorkspaceResponseNamespaceBindings
    from .pause_experiment_response import PauseExperimentResponse
    from .pause_experiments_request import PauseExperimentsRequest
    from .pause_experiments_response import PauseExperimentsResponse
    from .pause_generic_task_response import PauseGenericTaskResponse
    from .pause_runs_request import PauseRunsRequest
    from .pause_runs_response import PauseRunsResponse
    from .permission import Permission
    from .permission_type import PermissionType
    from .pin_workspace_response import PinWorkspaceResponse
    from .polymorphic_filter import PolymorphicFilter
    from .post_access_token_request import PostAccessTokenRequest
    from .post_access_token_response import PostAccessTokenResponse
    from .post_allocation_accelerator_data_request import PostAllocationAcceleratorDataRequest
    from .post_allocation_accelerator_data_response import PostAllocationAcceleratorDataResponse
    from .post_allocation_proxy_address_request import PostAllocationProxyAddressRequest
    from .post_allocation_proxy_address_response import PostAllocationProxyAddressResponse
    from .post_checkpoint_metadata_request import PostCheckpointMetadataRequest
    from .post_checkpoint_metadata_response import PostCheckpointMetadataResponse
    from .post_model_request import PostModelRequest
    from .post_model_request_metadata_type_0 import PostModelRequestMetadataType0
    from .post_model_response import PostModelResponse
    from .post_model_version_request import PostModelVersionRequest
    from .post_model_version_request_metadata_type_0 import PostModelVersionRequestMetadataType0
    from .post_model_version_response import PostModelVersionResponse
    from .post_project_request import PostProjectRequest
    from .post_project_response import PostProjectResponse
    from .post_run_metadata_request import PostRunMetadataRequest
    from .post_run_metadata_request_metadata_type_0 import PostRunMetadataRequestMetadataType0
    from .post_run_metadata_response import PostRunMetadataResponse
    from .post_run_metadata_response_metadata_type_0 import PostRunMetadataResponseMetadataType0
    from .post_task_logs_request import PostTaskLogsRequest
    from .post_task_logs_response import PostTaskLogsResponse
    from .post_template_response import PostTemplateResponse
    from .post_trial_profiler_metrics_batch_request import PostTrialProfilerMetricsBatchRequest
    from .post_trial_profiler_metrics_batch_response import PostTrialProfilerMetricsBatchResponse
    from .post_trial_runner_metadata_response import PostTrialRunnerMetadataResponse
    from .post_user_activity_request import PostUserActivityRequest
    from .post_user_activity_response import PostUserActivityResponse
    from .post_user_request import PostUserRequest
    from .post_user_response import PostUserResponse
    from .post_user_setting_request import PostUserSettingRequest
    from .post_user_setting_response import PostUserSettingResponse
    from .post_webhook_event_data_request import PostWebhookEventDataRequest
    from .post_webhook_event_data_response import PostWebhookEventDataResponse
    from .post_webhook_response import PostWebhookResponse
    from .post_workspace_request import PostWorkspaceRequest
    from .post_workspace_request_checkpoint_storage_config import PostWorkspaceRequestCheckpointStorageConfig
    from .post_workspace_request_cluster_namespace_meta import PostWorkspaceRequestClusterNamespaceMeta
    from .post_workspace_request_cluster_quota_pairs import PostWorkspaceRequestClusterQuotaPairs
    from .post_workspace_response import PostWorkspaceResponse
    from .post_workspace_response_namespace_bindings import PostWorkspaceResponseNamespaceBindings
    from .preview_hp_search_request import PreviewHPSearchRequest
    from .preview_hp_search_request_config_type_0 import PreviewHPSearchRequestConfigType0
    from .preview_hp_search_response import PreviewHPSearchResponse
    from .project import Project
    from .project_column import ProjectColumn
    from .protobuf_any import ProtobufAny
    from .protobuf_null_value import ProtobufNullValue
    from .proxy_port_config import ProxyPortConfig
    from .put_experiment_label_response import PutExperimentLabelResponse
    from .put_experiment_response import PutExperimentResponse
    from .put_experiment_response_config_type_0 import PutExperimentResponseConfigType0
    from .put_experiment_retain_logs_request import PutExperimentRetainLogsRequest
    from .put_experiment_retain_logs_response import PutExperimentRetainLogsResponse
    from .put_experiments_retain_logs_request import PutExperimentsRetainLogsRequest
    from .put_experiments_retain_logs_response import PutExperimentsRetainLogsResponse
    from .put_global_config_policies_request import PutGlobalConfigPoliciesRequest
    from .put_global_config_policies_response import PutGlobalConfigPoliciesResponse
    from .put_global_config_policies_response_config_policies_type_0 import (
        PutGlobalConfigPoliciesResponseConfigPoliciesType0,
    )
    from .put_project_notes_request import PutProjectNotesRequest
    from .put_project_notes_response import PutProjectNotesResponse
    from .put_template_response import PutTemplateResponse
    from .put_trial_request import PutTrialRequest
    from .put_trial_response import PutTrialResponse
    from .put_trial_retain_logs_request import PutTrialRetainLogsRequest
    from .put_trial_retain_logs_response import PutTrialRetainLogsResponse
    from .put_workspace_config_policies_request import PutWorkspaceConfigPoliciesRequest
    from .put_workspace_config_policies_response import PutWorkspaceConfigPoliciesResponse
    from .put_workspace_config_policies_response_config_policies_type_0 import (
        PutWorkspaceConfigPoliciesResponseConfigPoliciesType0,
    )
    from .queue_control import QueueControl
    from .queue_stats import QueueStats
    from .rbac_job import RBACJob
    from .remove_assignments_request import RemoveAssignmentsRequest
    from .remove_assignments_response import RemoveAssignmentsResponse
    from .rendezvous_info import RendezvousInfo
    from .report_checkpoint_response import ReportCheckpointResponse
    from .report_trial_metrics_request import ReportTrialMetricsRequest
    from .report_trial_metrics_response import ReportTrialMetricsResponse
    from .report_trial_progress_request import ReportTrialProgressRequest
    from .report_trial_progress_response import ReportTrialProgressResponse
    from .report_trial_searcher_early_exit_response import ReportTrialSearcherEarlyExitResponse
    from .report_trial_source_info_request import ReportTrialSourceInfoRequest
    from .report_trial_source_info_response import ReportTrialSourceInfoResponse
    from .report_trial_training_metrics_response import ReportTrialTrainingMetricsResponse
    from .report_trial_validation_metrics_response import ReportTrialValidationMetricsResponse
    from .reset_user_setting_response import ResetUserSettingResponse
    from .resource_allocation_aggregated_entry import ResourceAllocationAggregatedEntry
    from .resource_allocation_aggregated_entry_by_experiment_label import (
        ResourceAllocationAggregatedEntryByExperimentLabel,
    )
    from .resource_allocation_aggregated_entry_by_resource_pool import ResourceAllocationAggregatedEntryByResourcePool
    from .resource_allocation_aggregated_entry_by_username import ResourceAllocationAggregatedEntryByUsername
    from .resource_allocation_aggregated_response import ResourceAllocationAggregatedResponse
    from .resource_allocation_aggregation_period import ResourceAllocationAggregationPeriod
    from .resource_allocation_raw_entry import ResourceAllocationRawEntry
    from .resource_allocation_raw_response import ResourceAllocationRawResponse
    from .resource_manager_health import ResourceManagerHealth
    from .resource_pool import ResourcePool
    from .resource_pool_aws_detail import ResourcePoolAwsDetail
    from .resource_pool_detail import ResourcePoolDetail
    from .resource_pool_gcp_detail import ResourcePoolGcpDetail
    from .resource_pool_priority_scheduler_detail import ResourcePoolPrioritySchedulerDetail
    from .resource_pool_resource_manager_metadata import ResourcePoolResourceManagerMetadata
    from .resource_pool_type import ResourcePoolType
    from .resources_failure import ResourcesFailure
    from .resources_started import ResourcesStarted
    from .resources_stopped import ResourcesStopped
    from .resources_summary import ResourcesSummary
    from .resources_summary_agent_devices import ResourcesSummaryAgentDevices
    from .resources_summary_devices import ResourcesSummaryDevices
    from .resume_runs_request import ResumeRunsRequest
    from .resume_runs_response import ResumeRunsResponse
    from .role import Role
    from .role_assignment import RoleAssignment
    from .role_assignment_summary import RoleAssignmentSummary
    from .role_with_assignments import RoleWithAssignments
    from .rp_queue_stat import RPQueueStat
    from .run_action_result import RunActionResult
    from .run_prepare_for_reporting_request import RunPrepareForReportingRequest
    from .run_prepare_for_reporting_request_checkpoint_storage import RunPrepareForReportingRequestCheckpointStorage
    from .run_prepare_for_reporting_response import RunPrepareForReportingResponse
    from .scheduler_type import SchedulerType
    from .scope_type_mask import ScopeTypeMask
    from .search_experiment_experiment import SearchExperimentExperiment
    from .search_experiments_request import SearchExperimentsRequest
    from .search_experiments_response import SearchExperimentsResponse
    from .search_roles_assignable_to_scope_request import SearchRolesAssignableToScopeRequest
    from .search_roles_assignable_to_scope_response import SearchRolesAssignableToScopeResponse
    from .search_runs_request import SearchRunsRequest
    from .search_runs_response import SearchRunsResponse
    from .search_summary import SearchSummary
    from .search_summary_config_type_0 import SearchSummaryConfigType0
    from .search_unit import SearchUnit
    from .set_cluster_message_request import SetClusterMessageRequest
    from .set_cluster_message_response import SetClusterMessageResponse
    from .set_command_priority_request import SetCommandPriorityRequest
    from .set_command_priority_response import SetCommandPriorityResponse
    from .set_notebook_priority_request import SetNotebookPriorityRequest
    from .set_notebook_priority_response import SetNotebookPriorityResponse
    from .set_resource_quotas_request import SetResourceQuotasRequest
    from .set_resource_quotas_request_cluster_quota_pairs import SetResourceQuotasRequestClusterQuotaPairs
    from .set_resource_quotas_response import SetResourceQuotasResponse
    from .set_shell_priority_request import SetShellPriorityRequest
    from .set_shell_priority_response import SetShellPriorityResponse
    from .set_tensorboard_priority_request import SetTensorboardPriorityRequest
    from .set_tensorboard_priority_response import SetTensorboardPriorityResponse
    from .set_user_password_response import SetUserPasswordResponse
    from .set_workspace_namespace_bindings_request import SetWorkspaceNamespaceBindingsRequest
    from .set_workspace_namespace_bindings_request_cluster_namespace_meta import (
        SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta,
    )
    from .set_workspace_namespace_bindings_response import SetWorkspaceNamespaceBindingsResponse
    from .set_workspace_namespace_bindings_response_namespace_bindings import (
        SetWorkspaceNamespaceBindingsResponseNamespaceBindings,
    )
    from .shell import Shell
    from .shell_addresses_item import ShellAddressesItem
    from .shell_agent_user_group_type_0 import ShellAgentUserGroupType0
    from .slot import Slot
    from .slot_stats import SlotStats
    from .slot_stats_brand_stats import SlotStatsBrandStats
    from .slot_stats_type_stats import SlotStatsTypeStats
    from .sso_provider import SSOProvider
    from .start_trial_request import StartTrialRequest
    from .start_trial_response import StartTrialResponse
    from .stream_error import StreamError
    from .table_type import TableType
    from .task import Task
    from .task_log import TaskLog
    from .task_logs_fields_response import TaskLogsFieldsResponse
    from .task_logs_fields_stream_line import TaskLogsFieldsStreamLine
    from .task_logs_response import TaskLogsResponse
    from .task_logs_stream_line import TaskLogsStreamLine
    from .task_state import TaskState
    from .task_type import TaskType
    from .template import Template
    from .template_config_type_0 import TemplateConfigType0
    from .tensorboard import Tensorboard
    from .test_webhook_response import TestWebhookResponse
    from .timestamp_field_filter import TimestampFieldFilter
    from .token_info import TokenInfo
    from .token_type import TokenType
    from .trial import Trial
    from .trial_early_exit import TrialEarlyExit
    from .trial_early_exit_exited_reason import TrialEarlyExitExitedReason
    from .trial_hparams_type_0 import TrialHparamsType0
    from .trial_logs_fields_response import TrialLogsFieldsResponse
    from .trial_logs_fields_stream_line import TrialLogsFieldsStreamLine
    from .trial_logs_response import TrialLogsResponse
    from .trial_logs_stream_line import TrialLogsStreamLine
    from .trial_metadata import TrialMetadata
    from .trial_metrics import TrialMetrics
    from .trial_profiler_metric_labels import TrialProfilerMetricLabels
    from .trial_profiler_metric_labels_profiler_metric_type import TrialProfilerMetricLabelsProfilerMetricType
    from .trial_profiler_metrics_batch import TrialProfilerMetricsBatch
    from .trial_runner_metadata import TrialRunnerMetadata
    from .trial_source_info import TrialSourceInfo
    from .trial_source_info_type import TrialSourceInfoType
    from .trial_state import TrialState
    from .trial_summary import TrialSummary
    from .trial_summary_metrics_type_0 import TrialSummaryMetricsType0
    from .trials_sample_response import TrialsSampleResponse
    from .trials_sample_response_trial import TrialsSampleResponseTrial
    from .trials_sample_response_trial_hparams_type_0 import TrialsSampleResponseTrialHparamsType0
    from .trials_sample_stream_line import TrialsSampleStreamLine
    from .trials_snapshot_response import TrialsSnapshotResponse
    from .trials_snapshot_response_trial import TrialsSnapshotResponseTrial
    from .trials_snapshot_response_trial_hparams_type_0 import TrialsSnapshotResponseTrialHparamsType0
    from .trials_snapshot_stream_line import TrialsSnapshotStreamLine
    from .trigger import Trigger
    from .trigger_condition_type_0 import TriggerConditionType0
    from .trigger_type import TriggerType
    from .unarchive_experiment_response import UnarchiveExperimentResponse
    from .unarchive_experiments_request import UnarchiveExperimentsRequest
    from .unarchive_experiments_response import UnarchiveExperimentsResponse
    from .unarchive_model_response import UnarchiveModelResponse
    from .unarchive_project_response import UnarchiveProjectResponse
    from .unarchive_runs_request import UnarchiveRunsRequest
    from .unarchive_runs_response import UnarchiveRunsResponse
    from .unarchive_workspace_response import UnarchiveWorkspaceResponse
    from .unbind_rp_from_workspace_request import UnbindRPFromWorkspaceRequest
    from .unbind_rp_from_workspace_response import UnbindRPFromWorkspaceResponse
    from .unpause_generic_task_response import UnpauseGenericTaskResponse
    from .unpin_workspace_response import UnpinWorkspaceResponse
    from .update_group_request import UpdateGroupRequest
    from .update_group_response import UpdateGroupResponse
    from .update_job_queue_request import UpdateJobQueueRequest
    from .update_job_queue_response import UpdateJobQueueResponse
    from .user import User
    from .user_action_result import UserActionResult
    from .user_filters import UserFilters
    from .user_role_assignment import UserRoleAssignment
    from .user_web_setting import UserWebSetting
    from .validation_history_entry import ValidationHistoryEntry
    from .webhook import Webhook
    from .webhook_mode import WebhookMode
    from .webhook_type import WebhookType
    from .workload_container import WorkloadContainer
    from .workspace import Workspace
    from .workspace_checkpoint_storage_config import WorkspaceCheckpointStorageConfig
    from .workspace_namespace_binding import WorkspaceNamespaceBinding
    from .workspace_namespace_meta import WorkspaceNamespaceMeta
    from .workspace_state import WorkspaceState

_MODULE_OF = {
    "AcceleratorData": ".accelerator_data",
    "AckAllocationPreemptionSignalRequest": ".ack_allocation_preemption_signal_request",
    "AckAllocationPreemptionSignalResponse": ".ack_allocation_preemption_signal_response",
    "ActivateExperimentResponse": ".activate_experiment_response",
    "ActivateExperimentsRequest": ".activate_experiments_request",
    "ActivateExperimentsResponse": ".activate_experiments_response",
    "ActivityType": ".activity_type",
    "AddProjectNoteResponse": ".add_project_note_response",
    "Address": ".address",
    "Agent": ".agent",
    "AgentContainers": ".agent_containers",
    "AgentSlots": ".agent_slots",
    "AgentUserGroup": ".agent_user_group",
    "AggregateQueueStats": ".aggregate_queue_stats",
    "Allocation": ".allocation",
    "AllocationAllGatherRequest": ".allocation_all_gather_request",
    "AllocationAllGatherRequestDataType0": ".allocation_all_gather_request_data_type_0",
    "AllocationAllGatherResponse": ".allocation_all_gather_response",
    "AllocationAllGatherResponseDataItem": ".allocation_all_gather_response_data_item",
    "AllocationCsvPeriod": ".allocation_csv_period",
    "AllocationPendingPreemptionSignalRequest": ".allocation_pending_preemption_signal_request",
    "AllocationPendingPreemptionSignalResponse": ".allocation_pending_preemption_signal_response",
    "AllocationPreemptionSignalResponse": ".allocation_preemption_signal_response",
    "AllocationReadyRequest": ".allocation_ready_request",
    "AllocationReadyResponse": ".allocation_ready_response",
    "AllocationRendezvousInfoResponse": ".allocation_rendezvous_info_response",
    "AllocationSummary": ".allocation_summary",
    "AllocationWaitingRequest": ".allocation_waiting_request",
    "AllocationWaitingResponse": ".allocation_waiting_response",
    "ApiError": ".api_error",
    "ApiErrorDetail": ".api_error_detail",
    "ApiErrorDetailsType0Item": ".api_error_details_type_0_item",
    "ArchiveExperimentResponse": ".archive_experiment_response",
    "ArchiveExperimentsRequest": ".archive_experiments_request",
    "ArchiveExperimentsResponse": ".archive_experiments_response",
    "ArchiveModelResponse": ".archive_model_response",
    "ArchiveProjectResponse": ".archive_project_response",
    "ArchiveRunsRequest": ".archive_runs_request",
    "ArchiveRunsResponse": ".archive_runs_response",
    "ArchiveWorkspaceResponse": ".archive_workspace_response",
    "AssignMultipleGroupsRequest": ".assign_multiple_groups_request",
    "AssignMultipleGroupsResponse": ".assign_multiple_groups_response",
    "AssignRolesRequest": ".assign_roles_request",
    "AssignRolesResponse": ".assign_roles_response",
    "AwsCustomTag": ".aws_custom_tag",
    "BindRPToWorkspaceRequest": ".bind_rp_to_workspace_request",
    "BindRPToWorkspaceResponse": ".bind_rp_to_workspace_response",
    "BulkAutoCreateWorkspaceNamespaceBindingsRequest": ".bulk_auto_create_workspace_namespace_bindings_request",
    "BulkAutoCreateWorkspaceNamespaceBindingsResponse": ".bulk_auto_create_workspace_namespace_bindings_response",
    "BulkExperimentFilters": ".bulk_experiment_filters",
    "CancelExperimentResponse": ".cancel_experiment_response",
    "CancelExperimentsRequest": ".cancel_experiments_request",
    "CancelExperimentsResponse": ".cancel_experiments_response",
    "Checkpoint": ".checkpoint",
    "CheckpointMetadataType0": ".checkpoint_metadata_type_0",
    "CheckpointResources": ".checkpoint_resources",
    "CheckpointSortBy": ".checkpoint_sort_by",
    "CheckpointState": ".checkpoint_state",
    "CheckpointTrainingMetadata": ".checkpoint_training_metadata",
    "CheckpointTrainingMetadataExperimentConfigType0": ".checkpoint_training_metadata_experiment_config_type_0",
    "CheckpointTrainingMetadataHparamsType0": ".checkpoint_training_metadata_hparams_type_0",
    "CheckpointWorkload": ".checkpoint_workload",
    "CheckpointWorkloadMetadataType0": ".checkpoint_workload_metadata_type_0",
    "CheckpointWorkloadResources": ".checkpoint_workload_resources",
    "CheckpointsRemoveFilesRequest": ".checkpoints_remove_files_request",
    "CheckpointsRemoveFilesResponse": ".checkpoints_remove_files_response",
    "CleanupLogsResponse": ".cleanup_logs_response",
    "ClusterMessage": ".cluster_message",
    "ColumnType": ".column_type",
    "Command": ".command",
    "ComparableTrial": ".comparable_trial",
    "CompareTrialsResponse": ".compare_trials_response",
    "Config": ".config",
    "Container": ".container",
    "ContainerState": ".container_state",
    "ContinueExperimentRequest": ".continue_experiment_request",
    "ContinueExperimentResponse": ".continue_experiment_response",
    "CreateExperimentRequest": ".create_experiment_request",
    "CreateExperimentResponse": ".create_experiment_response",
    "CreateExperimentResponseConfigType0": ".create_experiment_response_config_type_0",
    "CreateGenericTaskRequest": ".create_generic_task_request",
    "CreateGenericTaskResponse": ".create_generic_task_response",
    "CreateGroupRequest": ".create_group_request",
    "CreateGroupResponse": ".create_group_response",
    "CreateTrialRequest": ".create_trial_request",
    "CreateTrialRequestHparamsType0": ".create_trial_request_hparams_type_0",
    "CreateTrialResponse": ".create_trial_response",
    "CurrentUserResponse": ".current_user_response",
    "CustomWebhookEventData": ".custom_webhook_event_data",
    "DataPoint": ".data_point",
    "DataPointValuesType0": ".data_point_values_type_0",
    "DeleteCheckpointsRequest": ".delete_checkpoints_request",
    "DeleteCheckpointsResponse": ".delete_checkpoints_response",
    "DeleteClusterMessageResponse": ".delete_cluster_message_response",
    "DeleteExperimentLabelResponse": ".delete_experiment_label_response",
    "DeleteExperimentResponse": ".delete_experiment_response",
    "DeleteExperimentsRequest": ".delete_experiments_request",
    "DeleteExperimentsResponse": ".delete_experiments_response",
    "DeleteGlobalConfigPoliciesResponse": ".delete_global_config_policies_response",
    "DeleteGroupResponse": ".delete_group_response",
    "DeleteModelResponse": ".delete_model_response",
    "DeleteModelVersionResponse": ".delete_model_version_response",
    "DeleteProjectResponse": ".delete_project_response",
    "DeleteRunsRequest": ".delete_runs_request",
    "DeleteRunsResponse": ".delete_runs_response",
    "DeleteTemplateResponse": ".delete_template_response",
    "DeleteTensorboardFilesResponse": ".delete_tensorboard_files_response",
    "DeleteWebhookResponse": ".delete_webhook_response",
    "DeleteWorkspaceConfigPoliciesResponse": ".delete_workspace_config_policies_response",
    "DeleteWorkspaceNamespaceBindingsResponse": ".delete_workspace_namespace_bindings_response",
    "DeleteWorkspaceResponse": ".delete_workspace_response",
    "Device": ".device",
    "DeviceStats": ".device_stats",
    "DeviceStatsStates": ".device_stats_states",
    "DeviceType": ".device_type",
    "DisableAgentRequest": ".disable_agent_request",
    "DisableAgentResponse": ".disable_agent_response",
    "DisableSlotRequest": ".disable_slot_request",
    "DisableSlotResponse": ".disable_slot_response",
    "DoubleFieldFilter": ".double_field_filter",
    "DownsampledMetrics": ".downsampled_metrics",
    "EnableAgentResponse": ".enable_agent_response",
    "EnableSlotResponse": ".enable_slot_response",
    "EntityType": ".entity_type",
    "ExpMetricNamesResponse": ".exp_metric_names_response",
    "ExpMetricNamesStreamLine": ".exp_metric_names_stream_line",
    "Experiment": ".experiment",
    "ExperimentActionResult": ".experiment_action_result",
    "ExperimentConfigType0": ".experiment_config_type_0",
    "ExperimentHyperparametersType0": ".experiment_hyperparameters_type_0",
    "ExperimentPachydermIntegration": ".experiment_pachyderm_integration",
    "ExperimentState": ".experiment_state",
    "FailureType": ".failure_type",
    "FieldMask": ".field_mask",
    "File": ".file",
    "FileNode": ".file_node",
    "FittingPolicy": ".fitting_policy",
    "FlatRun": ".flat_run",
    "FlatRunExperiment": ".flat_run_experiment",
    "FlatRunExperimentPachydermIntegration": ".flat_run_experiment_pachyderm_integration",
    "FlatRunHyperparameters": ".flat_run_hyperparameters",
    "FlatRunMetadata": ".flat_run_metadata",
    "FlatRunSummaryMetrics": ".flat_run_summary_metrics",
    "GenericTaskState": ".generic_task_state",
    "GetAccessTokensRequestSortBy": ".get_access_tokens_request_sort_by",
    "GetAccessTokensResponse": ".get_access_tokens_response",
    "GetActiveTasksCountResponse": ".get_active_tasks_count_response",
    "GetAgentResponse": ".get_agent_response",
    "GetAgentsRequestSortBy": ".get_agents_request_sort_by",
    "GetAgentsResponse": ".get_agents_response",
    "GetAllocationResponse": ".get_allocation_response",
    "GetBestSearcherValidationMetricResponse": ".get_best_searcher_validation_metric_response",
    "GetCheckpointResponse": ".get_checkpoint_response",
    "GetClusterMessageResponse": ".get_cluster_message_response",
    "GetCommandResponse": ".get_command_response",
    "GetCommandResponseConfigType0": ".get_command_response_config_type_0",
    "GetCommandsRequestSortBy": ".get_commands_request_sort_by",
    "GetCommandsResponse": ".get_commands_response",
    "GetExperimentCheckpointsResponse": ".get_experiment_checkpoints_response",
    "GetExperimentLabelsResponse": ".get_experiment_labels_response",
    "GetExperimentResponse": ".get_experiment_response",
    "GetExperimentResponseConfigType0": ".get_experiment_response_config_type_0",
    "GetExperimentTrialsRequestSortBy": ".get_experiment_trials_request_sort_by",
    "GetExperimentTrialsResponse": ".get_experiment_trials_response",
    "GetExperimentValidationHistoryResponse": ".get_experiment_validation_history_response",
    "GetExperimentsRequestSortBy": ".get_experiments_request_sort_by",
    "GetExperimentsResponse": ".get_experiments_response",
    "GetGenericTaskConfigResponse": ".get_generic_task_config_response",
    "GetGlobalConfigPoliciesResponse": ".get_global_config_policies_response",
    "GetGlobalConfigPoliciesResponseConfigPoliciesType0": ".get_global_config_policies_response_config_policies_type_0",
    "GetGroupResponse": ".get_group_response",
    "GetGroupsAndUsersAssignedToWorkspaceResponse": ".get_groups_and_users_assigned_to_workspace_response",
    "GetGroupsRequest": ".get_groups_request",
    "GetGroupsResponse": ".get_groups_response",
    "GetJobQueueStatsResponse": ".get_job_queue_stats_response",
    "GetJobsResponse": ".get_jobs_response",
    "GetJobsV2Response": ".get_jobs_v2_response",
    "GetKubernetesResourceManagersResponse": ".get_kubernetes_resource_managers_response",
    "GetKubernetesResourceQuotasResponse": ".get_kubernetes_resource_quotas_response",
    "GetKubernetesResourceQuotasResponseResourceQuotas": ".get_kubernetes_resource_quotas_response_resource_quotas",
    "GetMasterConfigResponse": ".get_master_config_response",
    "GetMasterConfigResponseConfigType0": ".get_master_config_response_config_type_0",
    "GetMasterResponse": ".get_master_response",
    "GetMasterResponseProduct": ".get_master_response_product",
    "GetMeResponse": ".get_me_response",
    "GetMetadataValuesResponse": ".get_metadata_values_response",
    "GetMetricsResponse": ".get_metrics_response",
    "GetMetricsStreamLine": ".get_metrics_stream_line",
    "GetModelDefFileRequest": ".get_model_def_file_request",
    "GetModelDefFileResponse": ".get_model_def_file_response",
    "GetModelDefResponse": ".get_model_def_response",
    "GetModelDefTreeResponse": ".get_model_def_tree_response",
    "GetModelLabelsResponse": ".get_model_labels_response",
    "GetModelResponse": ".get_model_response",
    "GetModelVersionResponse": ".get_model_version_response",
    "GetModelVersionsRequestSortBy": ".get_model_versions_request_sort_by",
    "GetModelVersionsResponse": ".get_model_versions_response",
    "GetModelsRequestSortBy": ".get_models_request_sort_by",
    "GetModelsResponse": ".get_models_response",
    "GetNotebookResponse": ".get_notebook_response",
    "GetNotebookResponseConfigType0": ".get_notebook_response_config_type_0",
    "GetNotebooksRequestSortBy": ".get_notebooks_request_sort_by",
    "GetNotebooksResponse": ".get_notebooks_response",
    "GetPermissionsSummaryResponse": ".get_permissions_summary_response",
    "GetProjectByKeyResponse": ".get_project_by_key_response",
    "GetProjectColumnsResponse": ".get_project_columns_response",
    "GetProjectNumericMetricsRangeResponse": ".get_project_numeric_metrics_range_response",
    "GetProjectResponse": ".get_project_response",
    "GetProjectsByUserActivityResponse": ".get_projects_by_user_activity_response",
    "GetResourcePoolsResponse": ".get_resource_pools_response",
    "GetRolesAssignedToGroupResponse": ".get_roles_assigned_to_group_response",
    "GetRolesAssignedToUserResponse": ".get_roles_assigned_to_user_response",
    "GetRolesByIDRequest": ".get_roles_by_id_request",
    "GetRolesByIDResponse": ".get_roles_by_id_response",
    "GetRunMetadataResponse": ".get_run_metadata_response",
    "GetRunMetadataResponseMetadataType0": ".get_run_metadata_response_metadata_type_0",
    "GetShellResponse": ".get_shell_response",
    "GetShellResponseConfigType0": ".get_shell_response_config_type_0",
    "GetShellsRequestSortBy": ".get_shells_request_sort_by",
    "GetShellsResponse": ".get_shells_response",
    "GetSlotResponse": ".get_slot_response",
    "GetSlotsResponse": ".get_slots_response",
    "GetTaskAcceleratorDataResponse": ".get_task_accelerator_data_response",
    "GetTaskContextDirectoryResponse": ".get_task_context_directory_response",
    "GetTaskResponse": ".get_task_response",
    "GetTasksResponse": ".get_tasks_response",
    "GetTasksResponseAllocationIdToSummary": ".get_tasks_response_allocation_id_to_summary",
    "GetTelemetryResponse": ".get_telemetry_response",
    "GetTemplateResponse": ".get_template_response",
    "GetTemplatesRequestSortBy": ".get_templates_request_sort_by",
    "GetTemplatesResponse": ".get_templates_response",
    "GetTensorboardResponse": ".get_tensorboard_response",
    "GetTensorboardResponseConfigType0": ".get_tensorboard_response_config_type_0",
    "GetTensorboardsRequestSortBy": ".get_tensorboards_request_sort_by",
    "GetTensorboardsResponse": ".get_tensorboards_response",
    "GetTrainingMetricsResponse": ".get_training_metrics_response",
    "GetTrainingMetricsStreamLine": ".get_training_metrics_stream_line",
    "GetTrialByExternalIDResponse": ".get_trial_by_external_id_response",
    "GetTrialCheckpointsResponse": ".get_trial_checkpoints_response",
    "GetTrialMetricsByCheckpointResponse": ".get_trial_metrics_by_checkpoint_response",
    "GetTrialMetricsByModelVersionResponse": ".get_trial_metrics_by_model_version_response",
    "GetTrialProfilerAvailableSeriesResponse": ".get_trial_profiler_available_series_response",
    "GetTrialProfilerAvailableSeriesStreamLine": ".get_trial_profiler_available_series_stream_line",
    "GetTrialProfilerMetricsResponse": ".get_trial_profiler_metrics_response",
    "GetTrialProfilerMetricsStreamLine": ".get_trial_profiler_metrics_stream_line",
    "GetTrialRemainingLogRetentionDaysResponse": ".get_trial_remaining_log_retention_days_response",
    "GetTrialResponse": ".get_trial_response",
    "GetTrialWorkloadsRequestFilterOption": ".get_trial_workloads_request_filter_option",
    "GetTrialWorkloadsResponse": ".get_trial_workloads_response",
    "GetUserByUsernameResponse": ".get_user_by_username_response",
    "GetUserResponse": ".get_user_response",
    "GetUserSettingResponse": ".get_user_setting_response",
    "GetUsersRequestSortBy": ".get_users_request_sort_by",
    "GetUsersResponse": ".get_users_response",
    "GetValidationMetricsResponse": ".get_validation_metrics_response",
    "GetValidationMetricsStreamLine": ".get_validation_metrics_stream_line",
    "GetWebhooksResponse": ".get_webhooks_response",
    "GetWorkspaceConfigPoliciesResponse": ".get_workspace_config_policies_response",
    "GetWorkspaceConfigPoliciesResponseConfigPoliciesType0": ".get_workspace_config_policies_response_config_policies_type_0",
    "GetWorkspaceProjectsRequestSortBy": ".get_workspace_projects_request_sort_by",
    "GetWorkspaceProjectsResponse": ".get_workspace_projects_response",
    "GetWorkspaceResponse": ".get_workspace_response",
    "GetWorkspacesRequestSortBy": ".get_workspaces_request_sort_by",
    "GetWorkspacesResponse": ".get_workspaces_response",
    "GetWorkspacesWithDefaultNamespaceBindingsResponse": ".get_workspaces_with_default_namespace_bindings_response",
    "Group": ".group",
    "GroupDetails": ".group_details",
    "GroupRoleAssignment": ".group_role_assignment",
    "GroupSearchResult": ".group_search_result",
    "HealthCheck": ".health_check",
    "HealthStatus": ".health_status",
    "IdleNotebookRequest": ".idle_notebook_request",
    "IdleNotebookResponse": ".idle_notebook_response",
    "Int32FieldFilter": ".int_32_field_filter",
    "Job": ".job",
    "JobState": ".job_state",
    "JobSummary": ".job_summary",
    "JobType": ".job_type",
    "K8PriorityClass": ".k8_priority_class",
    "KillCommandResponse": ".kill_command_response",
    "KillExperimentResponse": ".kill_experiment_response",
    "KillExperimentsRequest": ".kill_experiments_request",
    "KillExperimentsResponse": ".kill_experiments_response",
    "KillGenericTaskRequest": ".kill_generic_task_request",
    "KillGenericTaskResponse": ".kill_generic_task_response",
    "KillNotebookResponse": ".kill_notebook_response",
    "KillRunsRequest": ".kill_runs_request",
    "KillRunsResponse": ".kill_runs_response",
    "KillShellResponse": ".kill_shell_response",
    "KillTensorboardResponse": ".kill_tensorboard_response",
    "KillTrialResponse": ".kill_trial_response",
    "LaunchCommandRequest": ".launch_command_request",
    "LaunchCommandRequestConfigType0": ".launch_command_request_config_type_0",
    "LaunchCommandResponse": ".launch_command_response",
    "LaunchCommandResponseConfigType0": ".launch_command_response_config_type_0",
    "LaunchNotebookRequest": ".launch_notebook_request",
    "LaunchNotebookRequestConfigType0": ".launch_notebook_request_config_type_0",
    "LaunchNotebookResponse": ".launch_notebook_response",
    "LaunchNotebookResponseConfigType0": ".launch_notebook_response_config_type_0",
    "LaunchShellRequest": ".launch_shell_request",
    "LaunchShellRequestConfigType0": ".launch_shell_request_config_type_0",
    "LaunchShellResponse": ".launch_shell_response",
    "LaunchShellResponseConfigType0": ".launch_shell_response_config_type_0",
    "LaunchTensorboardRequest": ".launch_tensorboard_request",
    "LaunchTensorboardRequestConfigType0": ".launch_tensorboard_request_config_type_0",
    "LaunchTensorboardResponse": ".launch_tensorboard_response",
    "LaunchTensorboardResponseConfigType0": ".launch_tensorboard_response_config_type_0",
    "LaunchWarning": ".launch_warning",
    "LimitedJob": ".limited_job",
    "ListRPsBoundToWorkspaceResponse": ".list_r_ps_bound_to_workspace_response",
    "ListRolesRequest": ".list_roles_request",
    "ListRolesResponse": ".list_roles_response",
    "ListWorkspaceNamespaceBindingsResponse": ".list_workspace_namespace_bindings_response",
    "ListWorkspaceNamespaceBindingsResponseNamespaceBindings": ".list_workspace_namespace_bindings_response_namespace_bindings",
    "ListWorkspacesBoundToRPResponse": ".list_workspaces_bound_to_rp_response",
    "LocationType": ".location_type",
    "LogConfig": ".log_config",
    "LogEntry": ".log_entry",
    "LogLevel": ".log_level",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "LogoutResponse": ".logout_response",
    "MarkAllocationResourcesDaemonRequest": ".mark_allocation_resources_daemon_request",
    "MarkAllocationResourcesDaemonResponse": ".mark_allocation_resources_daemon_response",
    "MasterLogsResponse": ".master_logs_response",
    "MasterLogsStreamLine": ".master_logs_stream_line",
    "MetricBatchesResponse": ".metric_batches_response",
    "MetricBatchesStreamLine": ".metric_batches_stream_line",
    "MetricIdentifier": ".metric_identifier",
    "MetricType": ".metric_type",
    "Metrics": ".metrics",
    "MetricsAvgMetricsType0": ".metrics_avg_metrics_type_0",
    "MetricsBatchMetricsItem": ".metrics_batch_metrics_item",
    "MetricsRange": ".metrics_range",
    "MetricsReport": ".metrics_report",
    "MetricsReportMetricsType0": ".metrics_report_metrics_type_0",
    "MetricsWorkload": ".metrics_workload",
    "Model": ".model",
    "ModelMetadataType0": ".model_metadata_type_0",
    "ModelVersion": ".model_version",
    "ModelVersionMetadataType0": ".model_version_metadata_type_0",
    "MoveExperimentRequest": ".move_experiment_request",
    "MoveExperimentResponse": ".move_experiment_response",
    "MoveExperimentsRequest": ".move_experiments_request",
    "MoveExperimentsResponse": ".move_experiments_response",
    "MoveModelRequest": ".move_model_request",
    "MoveModelResponse": ".move_model_response",
    "MoveProjectRequest": ".move_project_request",
    "MoveProjectResponse": ".move_project_response",
    "MoveRunsRequest": ".move_runs_request",
    "MoveRunsResponse": ".move_runs_response",
    "NonFiniteNumber": ".non_finite_number",
    "Note": ".note",
    "Notebook": ".notebook",
    "NotifyContainerRunningRequest": ".notify_container_running_request",
    "NotifyContainerRunningRequestDataType0": ".notify_container_running_request_data_type_0",
    "NotifyContainerRunningResponse": ".notify_container_running_response",
    "NotifyContainerRunningResponseDataItem": ".notify_container_running_response_data_item",
    "OrderBy": ".order_by",
    "OverwriteRPWorkspaceBindingsRequest": ".overwrite_rp_workspace_bindings_request",
    "OverwriteRPWorkspaceBindingsResponse": ".overwrite_rp_workspace_bindings_response",
    "Pagination": ".pagination",
    "PatchAccessTokenRequest": ".patch_access_token_request",
    "PatchAccessTokenResponse": ".patch_access_token_response",
    "PatchCheckpoint": ".patch_checkpoint",
    "PatchCheckpointOptionalResources": ".patch_checkpoint_optional_resources",
    "PatchCheckpointOptionalResourcesResources": ".patch_checkpoint_optional_resources_resources",
    "PatchCheckpointsRequest": ".patch_checkpoints_request",
    "PatchCheckpointsResponse": ".patch_checkpoints_response",
    "PatchExperiment": ".patch_experiment",
    "PatchExperimentPatchCheckpointStorage": ".patch_experiment_patch_checkpoint_storage",
    "PatchExperimentPatchResources": ".patch_experiment_patch_resources",
    "PatchExperimentResponse": ".patch_experiment_response",
    "PatchMasterConfigRequest": ".patch_master_config_request",
    "PatchMasterConfigResponse": ".patch_master_config_response",
    "PatchModel": ".patch_model",
    "PatchModelMetadataType0": ".patch_model_metadata_type_0",
    "PatchModelResponse": ".patch_model_response",
    "PatchModelVersion": ".patch_model_version",
    "PatchModelVersionMetadataType0": ".patch_model_version_metadata_type_0",
    "PatchModelVersionResponse": ".patch_model_version_response",
    "PatchProject": ".patch_project",
    "PatchProjectResponse": ".patch_project_response",
    "PatchTemplateConfigBody": ".patch_template_config_body",
    "PatchTemplateConfigResponse": ".patch_template_config_response",
    "PatchTemplateNameRequest": ".patch_template_name_request",
    "PatchTemplateNameResponse": ".patch_template_name_response",
    "PatchTrialRequest": ".patch_trial_request",
    "PatchTrialResponse": ".patch_trial_response",
    "PatchUser": ".patch_user",
    "PatchUserResponse": ".patch_user_response",
    "PatchUsersRequest": ".patch_users_request",
    "PatchUsersResponse": ".patch_users_response",
    "PatchWebhook": ".patch_webhook",
    "PatchWebhookResponse": ".patch_webhook_response",
    "PatchWorkspace": ".patch_workspace",
    "PatchWorkspaceCheckpointStorageConfig": ".patch_workspace_checkpoint_storage_config",
    "PatchWorkspaceClusterNamespaceMeta": ".patch_workspace_cluster_namespace_meta",
    "PatchWorkspaceResponse": ".patch_workspace_response",
    "PatchWorkspaceResponseNamespaceBindings": ".patch_workspace_response_namespace_bindings",
    "PauseExperimentResponse": ".pause_experiment_response",
    "PauseExperimentsRequest": ".pause_experiments_request",
    "PauseExperimentsResponse": ".pause_experiments_response",
    "PauseGenericTaskResponse": ".pause_generic_task_response",
    "PauseRunsRequest": ".pause_runs_request",
    "PauseRunsResponse": ".pause_runs_response",
    "Permission": ".permission",
    "PermissionType": ".permission_type",
    "PinWorkspaceResponse": ".pin_workspace_response",
    "PolymorphicFilter": ".polymorphic_filter",
    "PostAccessTokenRequest": ".post_access_token_request",
    "PostAccessTokenResponse": ".post_access_token_response",
    "PostAllocationAcceleratorDataRequest": ".post_allocation_accelerator_data_request",
    "PostAllocationAcceleratorDataResponse": ".post_allocation_accelerator_data_response",
    "PostAllocationProxyAddressRequest": ".post_allocation_proxy_address_request",
    "PostAllocationProxyAddressResponse": ".post_allocation_proxy_address_response",
    "PostCheckpointMetadataRequest": ".post_checkpoint_metadata_request",
    "PostCheckpointMetadataResponse": ".post_checkpoint_metadata_response",
    "PostModelRequest": ".post_model_request",
    "PostModelRequestMetadataType0": ".post_model_request_metadata_type_0",
    "PostModelResponse": ".post_model_response",
    "PostModelVersionRequest": ".post_model_version_request",
    "PostModelVersionRequestMetadataType0": ".post_model_version_request_metadata_type_0",
    "PostModelVersionResponse": ".post_model_version_response",
    "PostProjectRequest": ".post_project_request",
    "PostProjectResponse": ".post_project_response",
    "PostRunMetadataRequest": ".post_run_metadata_request",
    "PostRunMetadataRequestMetadataType0": ".post_run_metadata_request_metadata_type_0",
    "PostRunMetadataResponse": ".post_run_metadata_response",
    "PostRunMetadataResponseMetadataType0": ".post_run_metadata_response_metadata_type_0",
    "PostTaskLogsRequest": ".post_task_logs_request",
    "PostTaskLogsResponse": ".post_task_logs_response",
    "PostTemplateResponse": ".post_template_response",
    "PostTrialProfilerMetricsBatchRequest": ".post_trial_profiler_metrics_batch_request",
    "PostTrialProfilerMetricsBatchResponse": ".post_trial_profiler_metrics_batch_response",
    "PostTrialRunnerMetadataResponse": ".post_trial_runner_metadata_response",
    "PostUserActivityRequest": ".post_user_activity_request",
    "PostUserActivityResponse": ".post_user_activity_response",
    "PostUserRequest": ".post_user_request",
    "PostUserResponse": ".post_user_response",
    "PostUserSettingRequest": ".post_user_setting_request",
    "PostUserSettingResponse": ".post_user_setting_response",
    "PostWebhookEventDataRequest": ".post_webhook_event_data_request",
    "PostWebhookEventDataResponse": ".post_webhook_event_data_response",
    "PostWebhookResponse": ".post_webhook_response",
    "PostWorkspaceRequest": ".post_workspace_request",
    "PostWorkspaceRequestCheckpointStorageConfig": ".post_workspace_request_checkpoint_storage_config",
    "PostWorkspaceRequestClusterNamespaceMeta": ".post_workspace_request_cluster_namespace_meta",
    "PostWorkspaceRequestClusterQuotaPairs": ".post_workspace_request_cluster_quota_pairs",
    "PostWorkspaceResponse": ".post_workspace_response",
    "PostWorkspaceResponseNamespaceBindings": ".post_workspace_response_namespace_bindings",
    "PreviewHPSearchRequest": ".preview_hp_search_request",
    "PreviewHPSearchRequestConfigType0": ".preview_hp_search_request_config_type_0",
    "PreviewHPSearchResponse": ".preview_hp_search_response",
    "Project": ".project",
    "ProjectColumn": ".project_column",
    "ProtobufAny": ".protobuf_any",
    "ProtobufNullValue": ".protobuf_null_value",
    "ProxyPortConfig": ".proxy_port_config",
    "PutExperimentLabelResponse": ".put_experiment_label_response",
    "PutExperimentResponse": ".put_experiment_response",
    "PutExperimentResponseConfigType0": ".put_experiment_response_config_type_0",
    "PutExperimentRetainLogsRequest": ".put_experiment_retain_logs_request",
    "PutExperimentRetainLogsResponse": ".put_experiment_retain_logs_response",
    "PutExperimentsRetainLogsRequest": ".put_experiments_retain_logs_request",
    "PutExperimentsRetainLogsResponse": ".put_experiments_retain_logs_response",
    "PutGlobalConfigPoliciesRequest": ".put_global_config_policies_request",
    "PutGlobalConfigPoliciesResponse": ".put_global_config_policies_response",
    "PutGlobalConfigPoliciesResponseConfigPoliciesType0": ".put_global_config_policies_response_config_policies_type_0",
    "PutProjectNotesRequest": ".put_project_notes_request",
    "PutProjectNotesResponse": ".put_project_notes_response",
    "PutTemplateResponse": ".put_template_response",
    "PutTrialRequest": ".put_trial_request",
    "PutTrialResponse": ".put_trial_response",
    "PutTrialRetainLogsRequest": ".put_trial_retain_logs_request",
    "PutTrialRetainLogsResponse": ".put_trial_retain_logs_response",
    "PutWorkspaceConfigPoliciesRequest": ".put_workspace_config_policies_request",
    "PutWorkspaceConfigPoliciesResponse": ".put_workspace_config_policies_response",
    "PutWorkspaceConfigPoliciesResponseConfigPoliciesType0": ".put_workspace_config_policies_response_config_policies_type_0",
    "QueueControl": ".queue_control",
    "QueueStats": ".queue_stats",
    "RBACJob": ".rbac_job",
    "RemoveAssignmentsRequest": ".remove_assignments_request",
    "RemoveAssignmentsResponse": ".remove_assignments_response",
    "RendezvousInfo": ".rendezvous_info",
    "ReportCheckpointResponse": ".report_checkpoint_response",
    "ReportTrialMetricsRequest": ".report_trial_metrics_request",
    "ReportTrialMetricsResponse": ".report_trial_metrics_response",
    "ReportTrialProgressRequest": ".report_trial_progress_request",
    "ReportTrialProgressResponse": ".report_trial_progress_response",
    "ReportTrialSearcherEarlyExitResponse": ".report_trial_searcher_early_exit_response",
    "ReportTrialSourceInfoRequest": ".report_trial_source_info_request",
    "ReportTrialSourceInfoResponse": ".report_trial_source_info_response",
    "ReportTrialTrainingMetricsResponse": ".report_trial_training_metrics_response",
    "ReportTrialValidationMetricsResponse": ".report_trial_validation_metrics_response",
    "ResetUserSettingResponse": ".reset_user_setting_response",
    "ResourceAllocationAggregatedEntry": ".resource_allocation_aggregated_entry",
    "ResourceAllocationAggregatedEntryByExperimentLabel": ".resource_allocation_aggregated_entry_by_experiment_label",
    "ResourceAllocationAggregatedEntryByResourcePool": ".resource_allocation_aggregated_entry_by_resource_pool",
    "ResourceAllocationAggregatedEntryByUsername": ".resource_allocation_aggregated_entry_by_username",
    "ResourceAllocationAggregatedResponse": ".resource_allocation_aggregated_response",
    "ResourceAllocationAggregationPeriod": ".resource_allocation_aggregation_period",
    "ResourceAllocationRawEntry": ".resource_allocation_raw_entry",
    "ResourceAllocationRawResponse": ".resource_allocation_raw_response",
    "ResourceManagerHealth": ".resource_manager_health",
    "ResourcePool": ".resource_pool",
    "ResourcePoolAwsDetail": ".resource_pool_aws_detail",
    "ResourcePoolDetail": ".resource_pool_detail",
    "ResourcePoolGcpDetail": ".resource_pool_gcp_detail",
    "ResourcePoolPrioritySchedulerDetail": ".resource_pool_priority_scheduler_detail",
    "ResourcePoolResourceManagerMetadata": ".resource_pool_resource_manager_metadata",
    "ResourcePoolType": ".resource_pool_type",
    "ResourcesFailure": ".resources_failure",
    "ResourcesStarted": ".resources_started",
    "ResourcesStopped": ".resources_stopped",
    "ResourcesSummary": ".resources_summary",
    "ResourcesSummaryAgentDevices": ".resources_summary_agent_devices",
    "ResourcesSummaryDevices": ".resources_summary_devices",
    "ResumeRunsRequest": ".resume_runs_request",
    "ResumeRunsResponse": ".resume_runs_response",
    "Role": ".role",
    "RoleAssignment": ".role_assignment",
    "RoleAssignmentSummary": ".role_assignment_summary",
    "RoleWithAssignments": ".role_with_assignments",
    "RPQueueStat": ".rp_queue_stat",
    "RunActionResult": ".run_action_result",
    "RunPrepareForReportingRequest": ".run_prepare_for_reporting_request",
    "RunPrepareForReportingRequestCheckpointStorage": ".run_prepare_for_reporting_request_checkpoint_storage",
    "RunPrepareForReportingResponse": ".run_prepare_for_reporting_response",
    "SchedulerType": ".scheduler_type",
    "ScopeTypeMask": ".scope_type_mask",
    "SearchExperimentExperiment": ".search_experiment_experiment",
    "SearchExperimentsRequest": ".search_experiments_request",
    "SearchExperimentsResponse": ".search_experiments_response",
    "SearchRolesAssignableToScopeRequest": ".search_roles_assignable_to_scope_request",
    "SearchRolesAssignableToScopeResponse": ".search_roles_assignable_to_scope_response",
    "SearchRunsRequest": ".search_runs_request",
    "SearchRunsResponse": ".search_runs_response",
    "SearchSummary": ".search_summary",
    "SearchSummaryConfigType0": ".search_summary_config_type_0",
    "SearchUnit": ".search_unit",
    "SetClusterMessageRequest": ".set_cluster_message_request",
    "SetClusterMessageResponse": ".set_cluster_message_response",
    "SetCommandPriorityRequest": ".set_command_priority_request",
    "SetCommandPriorityResponse": ".set_command_priority_response",
    "SetNotebookPriorityRequest": ".set_notebook_priority_request",
    "SetNotebookPriorityResponse": ".set_notebook_priority_response",
    "SetResourceQuotasRequest": ".set_resource_quotas_request",
    "SetResourceQuotasRequestClusterQuotaPairs": ".set_resource_quotas_request_cluster_quota_pairs",
    "SetResourceQuotasResponse": ".set_resource_quotas_response",
    "SetShellPriorityRequest": ".set_shell_priority_request",
    "SetShellPriorityResponse": ".set_shell_priority_response",
    "SetTensorboardPriorityRequest": ".set_tensorboard_priority_request",
    "SetTensorboardPriorityResponse": ".set_tensorboard_priority_response",
    "SetUserPasswordResponse": ".set_user_password_response",
    "SetWorkspaceNamespaceBindingsRequest": ".set_workspace_namespace_bindings_request",
    "SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta": ".set_workspace_namespace_bindings_request_cluster_namespace_meta",
    "SetWorkspaceNamespaceBindingsResponse": ".set_workspace_namespace_bindings_response",
    "SetWorkspaceNamespaceBindingsResponseNamespaceBindings": ".set_workspace_namespace_bindings_response_namespace_bindings",
    "Shell": ".shell",
    "ShellAddressesItem": ".shell_addresses_item",
    "ShellAgentUserGroupType0": ".shell_agent_user_group_type_0",
    "Slot": ".slot",
    "SlotStats": ".slot_stats",
    "SlotStatsBrandStats": ".slot_stats_brand_stats",
    "SlotStatsTypeStats": ".slot_stats_type_stats",
    "SSOProvider": ".sso_provider",
    "StartTrialRequest": ".start_trial_request",
    "StartTrialResponse": ".start_trial_response",
    "StreamError": ".stream_error",
    "TableType": ".table_type",
    "Task": ".task",
    "TaskLog": ".task_log",
    "TaskLogsFieldsResponse": ".task_logs_fields_response",
    "TaskLogsFieldsStreamLine": ".task_logs_fields_stream_line",
    "TaskLogsResponse": ".task_logs_response",
    "TaskLogsStreamLine": ".task_logs_stream_line",
    "TaskState": ".task_state",
    "TaskType": ".task_type",
    "Template": ".template",
    "TemplateConfigType0": ".template_config_type_0",
    "Tensorboard": ".tensorboard",
    "TestWebhookResponse": ".test_webhook_response",
    "TimestampFieldFilter": ".timestamp_field_filter",
    "TokenInfo": ".token_info",
    "TokenType": ".token_type",
    "Trial": ".trial",
    "TrialEarlyExit": ".trial_early_exit",
    "TrialEarlyExitExitedReason": ".trial_early_exit_exited_reason",
    "TrialHparamsType0": ".trial_hparams_type_0",
    "TrialLogsFieldsResponse": ".trial_logs_fields_response",
    "TrialLogsFieldsStreamLine": ".trial_logs_fields_stream_line",
    "TrialLogsResponse": ".trial_logs_response",
    "TrialLogsStreamLine": ".trial_logs_stream_line",
    "TrialMetadata": ".trial_metadata",
    "TrialMetrics": ".trial_metrics",
    "TrialProfilerMetricLabels": ".trial_profiler_metric_labels",
    "TrialProfilerMetricLabelsProfilerMetricType": ".trial_profiler_metric_labels_profiler_metric_type",
    "TrialProfilerMetricsBatch": ".trial_profiler_metrics_batch",
    "TrialRunnerMetadata": ".trial_runner_metadata",
    "TrialSourceInfo": ".trial_source_info",
    "TrialSourceInfoType": ".trial_source_info_type",
    "TrialState": ".trial_state",
    "TrialSummary": ".trial_summary",
    "TrialSummaryMetricsType0": ".trial_summary_metrics_type_0",
    "TrialsSampleResponse": ".trials_sample_response",
    "TrialsSampleResponseTrial": ".trials_sample_response_trial",
    "TrialsSampleResponseTrialHparamsType0": ".trials_sample_response_trial_hparams_type_0",
    "TrialsSampleStreamLine": ".trials_sample_stream_line",
    "TrialsSnapshotResponse": ".trials_snapshot_response",
    "TrialsSnapshotResponseTrial": ".trials_snapshot_response_trial",
    "TrialsSnapshotResponseTrialHparamsType0": ".trials_snapshot_response_trial_hparams_type_0",
    "TrialsSnapshotStreamLine": ".trials_snapshot_stream_line",
    "Trigger": ".trigger",
    "TriggerConditionType0": ".trigger_condition_type_0",
    "TriggerType": ".trigger_type",
    "UnarchiveExperimentResponse": ".unarchive_experiment_response",
    "UnarchiveExperimentsRequest": ".unarchive_experiments_request",
    "UnarchiveExperimentsResponse": ".unarchive_experiments_response",
    "UnarchiveModelResponse": ".unarchive_model_response",
    "UnarchiveProjectResponse": ".unarchive_project_response",
    "UnarchiveRunsRequest": ".unarchive_runs_request",
    "UnarchiveRunsResponse": ".unarchive_runs_response",
    "UnarchiveWorkspaceResponse": ".unarchive_workspace_response",
    "UnbindRPFromWorkspaceRequest": ".unbind_rp_from_workspace_request",
    "UnbindRPFromWorkspaceResponse": ".unbind_rp_from_workspace_response",
    "UnpauseGenericTaskResponse": ".unpause_generic_task_response",
    "UnpinWorkspaceResponse": ".unpin_workspace_response",
    "UpdateGroupRequest": ".update_group_request",
    "UpdateGroupResponse": ".update_group_response",
    "UpdateJobQueueRequest": ".update_job_queue_request",
    "UpdateJobQueueResponse": ".update_job_queue_response",
    "User": ".user",
    "UserActionResult": ".user_action_result",
    "UserFilters": ".user_filters",
    "UserRoleAssignment": ".user_role_assignment",
    "UserWebSetting": ".user_web_setting",
    "ValidationHistoryEntry": ".validation_history_entry",
    "Webhook": ".webhook",
    "WebhookMode": ".webhook_mode",
    "WebhookType": ".webhook_type",
    "WorkloadContainer": ".workload_container",
    "Workspace": ".workspace",
    "WorkspaceCheckpointStorageConfig": ".workspace_checkpoint_storage_config",
    "WorkspaceNamespaceBinding": ".workspace_namespace_binding",
    "WorkspaceNamespaceMeta": ".workspace_namespace_meta",
    "WorkspaceState": ".workspace_state",
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
    "AcceleratorData",
    "AckAllocationPreemptionSignalRequest",
    "AckAllocationPreemptionSignalResponse",
    "ActivateExperimentResponse",
    "ActivateExperimentsRequest",
    "ActivateExperimentsResponse",
    "ActivityType",
    "AddProjectNoteResponse",
    "Address",
    "Agent",
    "AgentContainers",
    "AgentSlots",
    "AgentUserGroup",
    "AggregateQueueStats",
    "Allocation",
    "AllocationAllGatherRequest",
    "AllocationAllGatherRequestDataType0",
    "AllocationAllGatherResponse",
    "AllocationAllGatherResponseDataItem",
    "AllocationCsvPeriod",
    "AllocationPendingPreemptionSignalRequest",
    "AllocationPendingPreemptionSignalResponse",
    "AllocationPreemptionSignalResponse",
    "AllocationReadyRequest",
    "AllocationReadyResponse",
    "AllocationRendezvousInfoResponse",
    "AllocationSummary",
    "AllocationWaitingRequest",
    "AllocationWaitingResponse",
    "ApiError",
    "ApiErrorDetail",
    "ApiErrorDetailsType0Item",
    "ArchiveExperimentResponse",
    "ArchiveExperimentsRequest",
    "ArchiveExperimentsResponse",
    "ArchiveModelResponse",
    "ArchiveProjectResponse",
    "ArchiveRunsRequest",
    "ArchiveRunsResponse",
    "ArchiveWorkspaceResponse",
    "AssignMultipleGroupsRequest",
    "AssignMultipleGroupsResponse",
    "AssignRolesRequest",
    "AssignRolesResponse",
    "AwsCustomTag",
    "BindRPToWorkspaceRequest",
    "BindRPToWorkspaceResponse",
    "BulkAutoCreateWorkspaceNamespaceBindingsRequest",
    "BulkAutoCreateWorkspaceNamespaceBindingsResponse",
    "BulkExperimentFilters",
    "CancelExperimentResponse",
    "CancelExperimentsRequest",
    "CancelExperimentsResponse",
    "Checkpoint",
    "CheckpointMetadataType0",
    "CheckpointResources",
    "CheckpointSortBy",
    "CheckpointsRemoveFilesRequest",
    "CheckpointsRemoveFilesResponse",
    "CheckpointState",
    "CheckpointTrainingMetadata",
    "CheckpointTrainingMetadataExperimentConfigType0",
    "CheckpointTrainingMetadataHparamsType0",
    "CheckpointWorkload",
    "CheckpointWorkloadMetadataType0",
    "CheckpointWorkloadResources",
    "CleanupLogsResponse",
    "ClusterMessage",
    "ColumnType",
    "Command",
    "ComparableTrial",
    "CompareTrialsResponse",
    "Config",
    "Container",
    "ContainerState",
    "ContinueExperimentRequest",
    "ContinueExperimentResponse",
    "CreateExperimentRequest",
    "CreateExperimentResponse",
    "CreateExperimentResponseConfigType0",
    "CreateGenericTaskRequest",
    "CreateGenericTaskResponse",
    "CreateGroupRequest",
    "CreateGroupResponse",
    "CreateTrialRequest",
    "CreateTrialRequestHparamsType0",
    "CreateTrialResponse",
    "CurrentUserResponse",
    "CustomWebhookEventData",
    "DataPoint",
    "DataPointValuesType0",
    "DeleteCheckpointsRequest",
    "DeleteCheckpointsResponse",
    "DeleteClusterMessageResponse",
    "DeleteExperimentLabelResponse",
    "DeleteExperimentResponse",
    "DeleteExperimentsRequest",
    "DeleteExperimentsResponse",
    "DeleteGlobalConfigPoliciesResponse",
    "DeleteGroupResponse",
    "DeleteModelResponse",
    "DeleteModelVersionResponse",
    "DeleteProjectResponse",
    "DeleteRunsRequest",
    "DeleteRunsResponse",
    "DeleteTemplateResponse",
    "DeleteTensorboardFilesResponse",
    "DeleteWebhookResponse",
    "DeleteWorkspaceConfigPoliciesResponse",
    "DeleteWorkspaceNamespaceBindingsResponse",
    "DeleteWorkspaceResponse",
    "Device",
    "DeviceStats",
    "DeviceStatsStates",
    "DeviceType",
    "DisableAgentRequest",
    "DisableAgentResponse",
    "DisableSlotRequest",
    "DisableSlotResponse",
    "DoubleFieldFilter",
    "DownsampledMetrics",
    "EnableAgentResponse",
    "EnableSlotResponse",
    "EntityType",
    "Experiment",
    "ExperimentActionResult",
    "ExperimentConfigType0",
    "ExperimentHyperparametersType0",
    "ExperimentPachydermIntegration",
    "ExperimentState",
    "ExpMetricNamesResponse",
    "ExpMetricNamesStreamLine",
    "FailureType",
    "FieldMask",
    "File",
    "FileNode",
    "FittingPolicy",
    "FlatRun",
    "FlatRunExperiment",
    "FlatRunExperimentPachydermIntegration",
    "FlatRunHyperparameters",
    "FlatRunMetadata",
    "FlatRunSummaryMetrics",
    "GenericTaskState",
    "GetAccessTokensRequestSortBy",
    "GetAccessTokensResponse",
    "GetActiveTasksCountResponse",
    "GetAgentResponse",
    "GetAgentsRequestSortBy",
    "GetAgentsResponse",
    "GetAllocationResponse",
    "GetBestSearcherValidationMetricResponse",
    "GetCheckpointResponse",
    "GetClusterMessageResponse",
    "GetCommandResponse",
    "GetCommandResponseConfigType0",
    "GetCommandsRequestSortBy",
    "GetCommandsResponse",
    "GetExperimentCheckpointsResponse",
    "GetExperimentLabelsResponse",
    "GetExperimentResponse",
    "GetExperimentResponseConfigType0",
    "GetExperimentsRequestSortBy",
    "GetExperimentsResponse",
    "GetExperimentTrialsRequestSortBy",
    "GetExperimentTrialsResponse",
    "GetExperimentValidationHistoryResponse",
    "GetGenericTaskConfigResponse",
    "GetGlobalConfigPoliciesResponse",
    "GetGlobalConfigPoliciesResponseConfigPoliciesType0",
    "GetGroupResponse",
    "GetGroupsAndUsersAssignedToWorkspaceResponse",
    "GetGroupsRequest",
    "GetGroupsResponse",
    "GetJobQueueStatsResponse",
    "GetJobsResponse",
    "GetJobsV2Response",
    "GetKubernetesResourceManagersResponse",
    "GetKubernetesResourceQuotasResponse",
    "GetKubernetesResourceQuotasResponseResourceQuotas",
    "GetMasterConfigResponse",
    "GetMasterConfigResponseConfigType0",
    "GetMasterResponse",
    "GetMasterResponseProduct",
    "GetMeResponse",
    "GetMetadataValuesResponse",
    "GetMetricsResponse",
    "GetMetricsStreamLine",
    "GetModelDefFileRequest",
    "GetModelDefFileResponse",
    "GetModelDefResponse",
    "GetModelDefTreeResponse",
    "GetModelLabelsResponse",
    "GetModelResponse",
    "GetModelsRequestSortBy",
    "GetModelsResponse",
    "GetModelVersionResponse",
    "GetModelVersionsRequestSortBy",
    "GetModelVersionsResponse",
    "GetNotebookResponse",
    "GetNotebookResponseConfigType0",
    "GetNotebooksRequestSortBy",
    "GetNotebooksResponse",
    "GetPermissionsSummaryResponse",
    "GetProjectByKeyResponse",
    "GetProjectColumnsResponse",
    "GetProjectNumericMetricsRangeResponse",
    "GetProjectResponse",
    "GetProjectsByUserActivityResponse",
    "GetResourcePoolsResponse",
    "GetRolesAssignedToGroupResponse",
    "GetRolesAssignedToUserResponse",
    "GetRolesByIDRequest",
    "GetRolesByIDResponse",
    "GetRunMetadataResponse",
    "GetRunMetadataResponseMetadataType0",
    "GetShellResponse",
    "GetShellResponseConfigType0",
    "GetShellsRequestSortBy",
    "GetShellsResponse",
    "GetSlotResponse",
    "GetSlotsResponse",
    "GetTaskAcceleratorDataResponse",
    "GetTaskContextDirectoryResponse",
    "GetTaskResponse",
    "GetTasksResponse",
    "GetTasksResponseAllocationIdToSummary",
    "GetTelemetryResponse",
    "GetTemplateResponse",
    "GetTemplatesRequestSortBy",
    "GetTemplatesResponse",
    "GetTensorboardResponse",
    "GetTensorboardResponseConfigType0",
    "GetTensorboardsRequestSortBy",
    "GetTensorboardsResponse",
    "GetTrainingMetricsResponse",
    "GetTrainingMetricsStreamLine",
    "GetTrialByExternalIDResponse",
    "GetTrialCheckpointsResponse",
    "GetTrialMetricsByCheckpointResponse",
    "GetTrialMetricsByModelVersionResponse",
    "GetTrialProfilerAvailableSeriesResponse",
    "GetTrialProfilerAvailableSeriesStreamLine",
    "GetTrialProfilerMetricsResponse",
    "GetTrialProfilerMetricsStreamLine",
    "GetTrialRemainingLogRetentionDaysResponse",
    "GetTrialResponse",
    "GetTrialWorkloadsRequestFilterOption",
    "GetTrialWorkloadsResponse",
    "GetUserByUsernameResponse",
    "GetUserResponse",
    "GetUserSettingResponse",
    "GetUsersRequestSortBy",
    "GetUsersResponse",
    "GetValidationMetricsResponse",
    "GetValidationMetricsStreamLine",
    "GetWebhooksResponse",
    "GetWorkspaceConfigPoliciesResponse",
    "GetWorkspaceConfigPoliciesResponseConfigPoliciesType0",
    "GetWorkspaceProjectsRequestSortBy",
    "GetWorkspaceProjectsResponse",
    "GetWorkspaceResponse",
    "GetWorkspacesRequestSortBy",
    "GetWorkspacesResponse",
    "GetWorkspacesWithDefaultNamespaceBindingsResponse",
    "Group",
    "GroupDetails",
    "GroupRoleAssignment",
    "GroupSearchResult",
    "HealthCheck",
    "HealthStatus",
    "IdleNotebookRequest",
    "IdleNotebookResponse",
    "Int32FieldFilter",
    "Job",
    "JobState",
    "JobSummary",
    "JobType",
    "K8PriorityClass",
    "KillCommandResponse",
    "KillExperimentResponse",
    "KillExperimentsRequest",
    "KillExperimentsResponse",
    "KillGenericTaskRequest",
    "KillGenericTaskResponse",
    "KillNotebookResponse",
    "KillRunsRequest",
    "KillRunsResponse",
    "KillShellResponse",
    "KillTensorboardResponse",
    "KillTrialResponse",
    "LaunchCommandRequest",
    "LaunchCommandRequestConfigType0",
    "LaunchCommandResponse",
    "LaunchCommandResponseConfigType0",
    "LaunchNotebookRequest",
    "LaunchNotebookRequestConfigType0",
    "LaunchNotebookResponse",
    "LaunchNotebookResponseConfigType0",
    "LaunchShellRequest",
    "LaunchShellRequestConfigType0",
    "LaunchShellResponse",
    "LaunchShellResponseConfigType0",
    "LaunchTensorboardRequest",
    "LaunchTensorboardRequestConfigType0",
    "LaunchTensorboardResponse",
    "LaunchTensorboardResponseConfigType0",
    "LaunchWarning",
    "LimitedJob",
    "ListRolesRequest",
    "ListRolesResponse",
    "ListRPsBoundToWorkspaceResponse",
    "ListWorkspaceNamespaceBindingsResponse",
    "ListWorkspaceNamespaceBindingsResponseNamespaceBindings",
    "ListWorkspacesBoundToRPResponse",
    "LocationType",
    "LogConfig",
    "LogEntry",
    "LoginRequest",
    "LoginResponse",
    "LogLevel",
    "LogoutResponse",
    "MarkAllocationResourcesDaemonRequest",
    "MarkAllocationResourcesDaemonResponse",
    "MasterLogsResponse",
    "MasterLogsStreamLine",
    "MetricBatchesResponse",
    "MetricBatchesStreamLine",
    "MetricIdentifier",
    "Metrics",
    "MetricsAvgMetricsType0",
    "MetricsBatchMetricsItem",
    "MetricsRange",
    "MetricsReport",
    "MetricsReportMetricsType0",
    "MetricsWorkload",
    "MetricType",
    "Model",
    "ModelMetadataType0",
    "ModelVersion",
    "ModelVersionMetadataType0",
    "MoveExperimentRequest",
    "MoveExperimentResponse",
    "MoveExperimentsRequest",
    "MoveExperimentsResponse",
    "MoveModelRequest",
    "MoveModelResponse",
    "MoveProjectRequest",
    "MoveProjectResponse",
    "MoveRunsRequest",
    "MoveRunsResponse",
    "NonFiniteNumber",
    "Note",
    "Notebook",
    "NotifyContainerRunningRequest",
    "NotifyContainerRunningRequestDataType0",
    "NotifyContainerRunningResponse",
    "NotifyContainerRunningResponseDataItem",
    "OrderBy",
    "OverwriteRPWorkspaceBindingsRequest",
    "OverwriteRPWorkspaceBindingsResponse",
    "Pagination",
    "PatchAccessTokenRequest",
    "PatchAccessTokenResponse",
    "PatchCheckpoint",
    "PatchCheckpointOptionalResources",
    "PatchCheckpointOptionalResourcesResources",
    "PatchCheckpointsRequest",
    "PatchCheckpointsResponse",
    "PatchExperiment",
    "PatchExperimentPatchCheckpointStorage",
    "PatchExperimentPatchResources",
    "PatchExperimentResponse",
    "PatchMasterConfigRequest",
    "PatchMasterConfigResponse",
    "PatchModel",
    "PatchModelMetadataType0",
    "PatchModelResponse",
    "PatchModelVersion",
    "PatchModelVersionMetadataType0",
    "PatchModelVersionResponse",
    "PatchProject",
    "PatchProjectResponse",
    "PatchTemplateConfigBody",
    "PatchTemplateConfigResponse",
    "PatchTemplateNameRequest",
    "PatchTemplateNameResponse",
    "PatchTrialRequest",
    "PatchTrialResponse",
    "PatchUser",
    "PatchUserResponse",
    "PatchUsersRequest",
    "PatchUsersResponse",
    "PatchWebhook",
    "PatchWebhookResponse",
    "PatchWorkspace",
    "PatchWorkspaceCheckpointStorageConfig",
    "PatchWorkspaceClusterNamespaceMeta",
    "PatchWorkspaceResponse",
    "PatchWorkspaceResponseNamespaceBindings",
    "PauseExperimentResponse",
    "PauseExperimentsRequest",
    "PauseExperimentsResponse",
    "PauseGenericTaskResponse",
    "PauseRunsRequest",
    "PauseRunsResponse",
    "Permission",
    "PermissionType",
    "PinWorkspaceResponse",
    "PolymorphicFilter",
    "PostAccessTokenRequest",
    "PostAccessTokenResponse",
    "PostAllocationAcceleratorDataRequest",
    "PostAllocationAcceleratorDataResponse",
    "PostAllocationProxyAddressRequest",
    "PostAllocationProxyAddressResponse",
    "PostCheckpointMetadataRequest",
    "PostCheckpointMetadataResponse",
    "PostModelRequest",
    "PostModelRequestMetadataType0",
    "PostModelResponse",
    "PostModelVersionRequest",
    "PostModelVersionRequestMetadataType0",
    "PostModelVersionResponse",
    "PostProjectRequest",
    "PostProjectResponse",
    "PostRunMetadataRequest",
    "PostRunMetadataRequestMetadataType0",
    "PostRunMetadataResponse",
    "PostRunMetadataResponseMetadataType0",
    "PostTaskLogsRequest",
    "PostTaskLogsResponse",
    "PostTemplateResponse",
    "PostTrialProfilerMetricsBatchRequest",
    "PostTrialProfilerMetricsBatchResponse",
    "PostTrialRunnerMetadataResponse",
    "PostUserActivityRequest",
    "PostUserActivityResponse",
    "PostUserRequest",
    "PostUserResponse",
    "PostUserSettingRequest",
    "PostUserSettingResponse",
    "PostWebhookEventDataRequest",
    "PostWebhookEventDataResponse",
    "PostWebhookResponse",
    "PostWorkspaceRequest",
    "PostWorkspaceRequestCheckpointStorageConfig",
    "PostWorkspaceRequestClusterNamespaceMeta",
    "PostWorkspaceRequestClusterQuotaPairs",
    "PostWorkspaceResponse",
    "PostWorkspaceResponseNamespaceBindings",
    "PreviewHPSearchRequest",
    "PreviewHPSearchRequestConfigType0",
    "PreviewHPSearchResponse",
    "Project",
    "ProjectColumn",
    "ProtobufAny",
    "ProtobufNullValue",
    "ProxyPortConfig",
    "PutExperimentLabelResponse",
    "PutExperimentResponse",
    "PutExperimentResponseConfigType0",
    "PutExperimentRetainLogsRequest",
    "PutExperimentRetainLogsResponse",
    "PutExperimentsRetainLogsRequest",
    "PutExperimentsRetainLogsResponse",
    "PutGlobalConfigPoliciesRequest",
    "PutGlobalConfigPoliciesResponse",
    "PutGlobalConfigPoliciesResponseConfigPoliciesType0",
    "PutProjectNotesRequest",
    "PutProjectNotesResponse",
    "PutTemplateResponse",
    "PutTrialRequest",
    "PutTrialResponse",
    "PutTrialRetainLogsRequest",
    "PutTrialRetainLogsResponse",
    "PutWorkspaceConfigPoliciesRequest",
    "PutWorkspaceConfigPoliciesResponse",
    "PutWorkspaceConfigPoliciesResponseConfigPoliciesType0",
    "QueueControl",
    "QueueStats",
    "RBACJob",
    "RemoveAssignmentsRequest",
    "RemoveAssignmentsResponse",
    "RendezvousInfo",
    "ReportCheckpointResponse",
    "ReportTrialMetricsRequest",
    "ReportTrialMetricsResponse",
    "ReportTrialProgressRequest",
    "ReportTrialProgressResponse",
    "ReportTrialSearcherEarlyExitResponse",
    "ReportTrialSourceInfoRequest",
    "ReportTrialSourceInfoResponse",
    "ReportTrialTrainingMetricsResponse",
    "ReportTrialValidationMetricsResponse",
    "ResetUserSettingResponse",
    "ResourceAllocationAggregatedEntry",
    "ResourceAllocationAggregatedEntryByExperimentLabel",
    "ResourceAllocationAggregatedEntryByResourcePool",
    "ResourceAllocationAggregatedEntryByUsername",
    "ResourceAllocationAggregatedResponse",
    "ResourceAllocationAggregationPeriod",
    "ResourceAllocationRawEntry",
    "ResourceAllocationRawResponse",
    "ResourceManagerHealth",
    "ResourcePool",
    "ResourcePoolAwsDetail",
    "ResourcePoolDetail",
    "ResourcePoolGcpDetail",
    "ResourcePoolPrioritySchedulerDetail",
    "ResourcePoolResourceManagerMetadata",
    "ResourcePoolType",
    "ResourcesFailure",
    "ResourcesStarted",
    "ResourcesStopped",
    "ResourcesSummary",
    "ResourcesSummaryAgentDevices",
    "ResourcesSummaryDevices",
    "ResumeRunsRequest",
    "ResumeRunsResponse",
    "Role",
    "RoleAssignment",
    "RoleAssignmentSummary",
    "RoleWithAssignments",
    "RPQueueStat",
    "RunActionResult",
    "RunPrepareForReportingRequest",
    "RunPrepareForReportingRequestCheckpointStorage",
    "RunPrepareForReportingResponse",
    "SchedulerType",
    "ScopeTypeMask",
    "SearchExperimentExperiment",
    "SearchExperimentsRequest",
    "SearchExperimentsResponse",
    "SearchRolesAssignableToScopeRequest",
    "SearchRolesAssignableToScopeResponse",
    "SearchRunsRequest",
    "SearchRunsResponse",
    "SearchSummary",
    "SearchSummaryConfigType0",
    "SearchUnit",
    "SetClusterMessageRequest",
    "SetClusterMessageResponse",
    "SetCommandPriorityRequest",
    "SetCommandPriorityResponse",
    "SetNotebookPriorityRequest",
    "SetNotebookPriorityResponse",
    "SetResourceQuotasRequest",
    "SetResourceQuotasRequestClusterQuotaPairs",
    "SetResourceQuotasResponse",
    "SetShellPriorityRequest",
    "SetShellPriorityResponse",
    "SetTensorboardPriorityRequest",
    "SetTensorboardPriorityResponse",
    "SetUserPasswordResponse",
    "SetWorkspaceNamespaceBindingsRequest",
    "SetWorkspaceNamespaceBindingsRequestClusterNamespaceMeta",
    "SetWorkspaceNamespaceBindingsResponse",
    "SetWorkspaceNamespaceBindingsResponseNamespaceBindings",
    "Shell",
    "ShellAddressesItem",
    "ShellAgentUserGroupType0",
    "Slot",
    "SlotStats",
    "SlotStatsBrandStats",
    "SlotStatsTypeStats",
    "SSOProvider",
    "StartTrialRequest",
    "StartTrialResponse",
    "StreamError",
    "TableType",
    "Task",
    "TaskLog",
    "TaskLogsFieldsResponse",
    "TaskLogsFieldsStreamLine",
    "TaskLogsResponse",
    "TaskLogsStreamLine",
    "TaskState",
    "TaskType",
    "Template",
    "TemplateConfigType0",
    "Tensorboard",
    "TestWebhookResponse",
    "TimestampFieldFilter",
    "TokenInfo",
    "TokenType",
    "Trial",
    "TrialEarlyExit",
    "TrialEarlyExitExitedReason",
    "TrialHparamsType0",
    "TrialLogsFieldsResponse",
    "TrialLogsFieldsStreamLine",
    "TrialLogsResponse",
    "TrialLogsStreamLine",
    "TrialMetadata",
    "TrialMetrics",
    "TrialProfilerMetricLabels",
    "TrialProfilerMetricLabelsProfilerMetricType",
    "TrialProfilerMetricsBatch",
    "TrialRunnerMetadata",
    "TrialSourceInfo",
    "TrialSourceInfoType",
    "TrialsSampleResponse",
    "TrialsSampleResponseTrial",
    "TrialsSampleResponseTrialHparamsType0",
    "TrialsSampleStreamLine",
    "TrialsSnapshotResponse",
    "TrialsSnapshotResponseTrial",
    "TrialsSnapshotResponseTrialHparamsType0",
    "TrialsSnapshotStreamLine",
    "TrialState",
    "TrialSummary",
    "TrialSummaryMetricsType0",
    "Trigger",
    "TriggerConditionType0",
    "TriggerType",
    "UnarchiveExperimentResponse",
    "UnarchiveExperimentsRequest",
    "UnarchiveExperimentsResponse",
    "UnarchiveModelResponse",
    "UnarchiveProjectResponse",
    "UnarchiveRunsRequest",
    "UnarchiveRunsResponse",
    "UnarchiveWorkspaceResponse",
    "UnbindRPFromWorkspaceRequest",
    "UnbindRPFromWorkspaceResponse",
    "UnpauseGenericTaskResponse",
    "UnpinWorkspaceResponse",
    "UpdateGroupRequest",
    "UpdateGroupResponse",
    "UpdateJobQueueRequest",
    "UpdateJobQueueResponse",
    "User",
    "UserActionResult",
    "UserFilters",
    "UserRoleAssignment",
    "UserWebSetting",
    "ValidationHistoryEntry",
    "Webhook",
    "WebhookMode",
    "WebhookType",
    "WorkloadContainer",
    "Workspace",
    "WorkspaceCheckpointStorageConfig",
    "WorkspaceNamespaceBinding",
    "WorkspaceNamespaceMeta",
    "WorkspaceState",
)
