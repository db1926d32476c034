from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.metric_type import MetricType
from ...types import UNSET, CallOptions, Response, StreamRequest, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.trials_snapshot_response import TrialsSnapshotResponse
    from ...models.trials_snapshot_stream_line import TrialsSnapshotStreamLine


def _get_kwargs(
    experiment_id: int,
    *,
    metric_name: str,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    batches_processed: int,
    batches_margin: int | Unset = UNSET,
    period_seconds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["metricName"] = metric_name

    json_metric_type: str | Unset = UNSET
    if not isinstance(metric_type, Unset):
        json_metric_type = metric_type

    params["metricType"] = json_metric_type

    params["group"] = group

    params["batchesProcessed"] = batches_processed

    params["batchesMargin"] = batches_margin

    params["periodSeconds"] = period_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/experiments/{experiment_id}/metrics-stream/trials-snapshot".format(
            experiment_id=quote(str(experiment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | TrialsSnapshotStreamLine":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.TrialsSnapshotStreamLine.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = decode_json(response.content)
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = _models.ApiError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = decode_json(response.content)
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = _models.ApiError.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = decode_json(response.content)
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = _models.ApiError.from_dict(_response_403)

        return response_403

    if response.status_code == 404:
        _response_404 = decode_json(response.content)
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = _models.ApiError.from_dict(_response_404)

        return response_404

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | TrialsSnapshotStreamLine]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    metric_name: str,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    batches_processed: int,
    batches_margin: int | Unset = UNSET,
    period_seconds: int | Unset = UNSET,
) -> "Response[ApiError | TrialsSnapshotStreamLine]":
    """Stream every trial's metric at one point of training

     For one experiment and metric, each trial's value and hyperparameters at `batchesProcessed` batches
    (give or take `batchesMargin`). Answers newline-delimited JSON: a `{"result": ...}` line at once,
    then one every `periodSeconds` while the experiment runs; or a line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        experiment_id (int):
        metric_name (str):
        metric_type (MetricType | Unset):
        group (str | Unset):
        batches_processed (int):
        batches_margin (int | Unset):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TrialsSnapshotStreamLine]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        metric_name=metric_name,
        metric_type=metric_type,
        group=group,
        batches_processed=batches_processed,
        batches_margin=batches_margin,
        period_seconds=period_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    metric_name: str,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    batches_processed: int,
    batches_margin: int | Unset = UNSET,
    period_seconds: int | Unset = UNSET,
) -> "ApiError | TrialsSnapshotStreamLine | None":
    """Stream every trial's metric at one point of training

     For one experiment and metric, each trial's value and hyperparameters at `batchesProcessed` batches
    (give or take `batchesMargin`). Answers newline-delimited JSON: a `{"result": ...}` line at once,
    then one every `periodSeconds` while the experiment runs; or a line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        experiment_id (int):
        metric_name (str):
        metric_type (MetricType | Unset):
        group (str | Unset):
        batches_processed (int):
        batches_margin (int | Unset):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TrialsSnapshotStreamLine
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        metric_name=metric_name,
        metric_type=metric_type,
        group=group,
        batches_processed=batches_processed,
        batches_margin=batches_margin,
        period_seconds=period_seconds,
    ).parsed


async def asyncio_detailed(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    metric_name: str,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    batches_processed: int,
    batches_margin: int | Unset = UNSET,
    period_seconds: int | Unset = UNSET,
) -> "Response[ApiError | TrialsSnapshotStreamLine]":
    """Stream every trial's metric at one point of training

     For one experiment and metric, each trial's value and hyperparameters at `batchesProcessed` batches
    (give or take `batchesMargin`). Answers newline-delimited JSON: a `{"result": ...}` line at once,
    then one every `periodSeconds` while the experiment runs; or a line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        experiment_id (int):
        metric_name (str):
        metric_type (MetricType | Unset):
        group (str | Unset):
        batches_processed (int):
        batches_margin (int | Unset):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TrialsSnapshotStreamLine]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        metric_name=metric_name,
        metric_type=metric_type,
        group=group,
        batches_processed=batches_processed,
        batches_margin=batches_margin,
        period_seconds=period_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    metric_name: str,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    batches_processed: int,
    batches_margin: int | Unset = UNSET,
    period_seconds: int | Unset = UNSET,
) -> "ApiError | TrialsSnapshotStreamLine | None":
    """Stream every trial's metric at one point of training

     For one experiment and metric, each trial's value and hyperparameters at `batchesProcessed` batches
    (give or take `batchesMargin`). Answers newline-delimited JSON: a `{"result": ...}` line at once,
    then one every `periodSeconds` while the experiment runs; or a line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        experiment_id (int):
        metric_name (str):
        metric_type (MetricType | Unset):
        group (str | Unset):
        batches_processed (int):
        batches_margin (int | Unset):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TrialsSnapshotStreamLine
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            metric_name=metric_name,
            metric_type=metric_type,
            group=group,
            batches_processed=batches_processed,
            batches_margin=batches_margin,
            period_seconds=period_seconds,
        )
    ).parsed


def _parse_result(data: Any) -> "TrialsSnapshotResponse":
    if not isinstance(data, dict):
        raise TypeError(f"TrialsSnapshotStreamLine.result: expected object, got {type(data).__name__}")
    return _models.TrialsSnapshotResponse.from_dict(data)


def request(
    experiment_id: int,
    *,
    metric_name: str,
    metric_type: MetricType | Unset = UNSET,
    group: str | Unset = UNSET,
    batches_processed: int,
    batches_margin: int | Unset = UNSET,
    period_seconds: int | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "StreamRequest[TrialsSnapshotResponse]":
    """This operation, for determined_client.Session.stream: each line's result."""
    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        metric_name=metric_name,
        metric_type=metric_type,
        group=group,
        batches_processed=batches_processed,
        batches_margin=batches_margin,
        period_seconds=period_seconds,
    )
    return StreamRequest("trials_snapshot", kwargs, _parse_result, options)
