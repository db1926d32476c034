from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, Response, StreamRequest, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_training_metrics_response import GetTrainingMetricsResponse
    from ...models.get_training_metrics_stream_line import GetTrainingMetricsStreamLine


def _get_kwargs(
    *,
    trial_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_trial_ids: list[int] | Unset = UNSET
    if not isinstance(trial_ids, Unset):
        json_trial_ids = trial_ids

    params["trialIds"] = json_trial_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trials/metrics/training_metrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetTrainingMetricsStreamLine":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetTrainingMetricsStreamLine.from_dict(_response_200)

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

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetTrainingMetricsStreamLine]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
) -> "Response[ApiError | GetTrainingMetricsStreamLine]":
    """Stream training metrics of trials

     getMetrics for the `training` group. Answers newline-delimited JSON: one `{"result": {"metrics":
    [...]}}` line per batch of up to 1000 reports, or a line `{"error": ...}`; the stream ends after the
    reports that exist.

    Args:
        trial_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrainingMetricsStreamLine]
    """

    kwargs = _get_kwargs(
        trial_ids=trial_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
) -> "ApiError | GetTrainingMetricsStreamLine | None":
    """Stream training metrics of trials

     getMetrics for the `training` group. Answers newline-delimited JSON: one `{"result": {"metrics":
    [...]}}` line per batch of up to 1000 reports, or a line `{"error": ...}`; the stream ends after the
    reports that exist.

    Args:
        trial_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrainingMetricsStreamLine
    """

    return sync_detailed(
        client=client,
        trial_ids=trial_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
) -> "Response[ApiError | GetTrainingMetricsStreamLine]":
    """Stream training metrics of trials

     getMetrics for the `training` group. Answers newline-delimited JSON: one `{"result": {"metrics":
    [...]}}` line per batch of up to 1000 reports, or a line `{"error": ...}`; the stream ends after the
    reports that exist.

    Args:
        trial_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrainingMetricsStreamLine]
    """

    kwargs = _get_kwargs(
        trial_ids=trial_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    trial_ids: list[int] | Unset = UNSET,
) -> "ApiError | GetTrainingMetricsStreamLine | None":
    """Stream training metrics of trials

     getMetrics for the `training` group. Answers newline-delimited JSON: one `{"result": {"metrics":
    [...]}}` line per batch of up to 1000 reports, or a line `{"error": ...}`; the stream ends after the
    reports that exist.

    Args:
        trial_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrainingMetricsStreamLine
    """

    return (
        await asyncio_detailed(
            client=client,
            trial_ids=trial_ids,
        )
    ).parsed


def _parse_result(data: Any) -> "GetTrainingMetricsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"GetTrainingMetricsStreamLine.result: expected object, got {type(data).__name__}")
    return _models.GetTrainingMetricsResponse.from_dict(data)


def request(
    *,
    trial_ids: list[int] | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "StreamRequest[GetTrainingMetricsResponse]":
    """This operation, for determined_client.Session.stream: each line's result."""
    kwargs = _get_kwargs(
        trial_ids=trial_ids,
    )
    return StreamRequest("get_training_metrics", kwargs, _parse_result, options)
