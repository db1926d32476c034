from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, Response, StreamRequest, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_trial_profiler_available_series_response import GetTrialProfilerAvailableSeriesResponse
    from ...models.get_trial_profiler_available_series_stream_line import GetTrialProfilerAvailableSeriesStreamLine


def _get_kwargs(
    trial_id: int,
    *,
    follow: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["follow"] = follow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trials/{trial_id}/profiler/available_series".format(
            trial_id=quote(str(trial_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetTrialProfilerAvailableSeriesStreamLine":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetTrialProfilerAvailableSeriesStreamLine.from_dict(_response_200)

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
) -> "Response[ApiError | GetTrialProfilerAvailableSeriesStreamLine]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> "Response[ApiError | GetTrialProfilerAvailableSeriesStreamLine]":
    """Stream which profiler series a trial has

     The label sets of the profiler series recorded for a trial. Answers newline-delimited JSON:
    `{"result": {"labels": [...]}}` lines, or a line `{"error": ...}`. With `follow` it sends the set
    again as it grows, until the trial ends; without it, one line and the stream ends.

    Args:
        trial_id (int):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrialProfilerAvailableSeriesStreamLine]
    """

    kwargs = _get_kwargs(
        trial_id=trial_id,
        follow=follow,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> "ApiError | GetTrialProfilerAvailableSeriesStreamLine | None":
    """Stream which profiler series a trial has

     The label sets of the profiler series recorded for a trial. Answers newline-delimited JSON:
    `{"result": {"labels": [...]}}` lines, or a line `{"error": ...}`. With `follow` it sends the set
    again as it grows, until the trial ends; without it, one line and the stream ends.

    Args:
        trial_id (int):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrialProfilerAvailableSeriesStreamLine
    """

    return sync_detailed(
        trial_id=trial_id,
        client=client,
        follow=follow,
    ).parsed


async def asyncio_detailed(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> "Response[ApiError | GetTrialProfilerAvailableSeriesStreamLine]":
    """Stream which profiler series a trial has

     The label sets of the profiler series recorded for a trial. Answers newline-delimited JSON:
    `{"result": {"labels": [...]}}` lines, or a line `{"error": ...}`. With `follow` it sends the set
    again as it grows, until the trial ends; without it, one line and the stream ends.

    Args:
        trial_id (int):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrialProfilerAvailableSeriesStreamLine]
    """

    kwargs = _get_kwargs(
        trial_id=trial_id,
        follow=follow,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> "ApiError | GetTrialProfilerAvailableSeriesStreamLine | None":
    """Stream which profiler series a trial has

     The label sets of the profiler series recorded for a trial. Answers newline-delimited JSON:
    `{"result": {"labels": [...]}}` lines, or a line `{"error": ...}`. With `follow` it sends the set
    again as it grows, until the trial ends; without it, one line and the stream ends.

    Args:
        trial_id (int):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrialProfilerAvailableSeriesStreamLine
    """

    return (
        await asyncio_detailed(
            trial_id=trial_id,
            client=client,
            follow=follow,
        )
    ).parsed


def _parse_result(data: Any) -> "GetTrialProfilerAvailableSeriesResponse":
    if not isinstance(data, dict):
        raise TypeError(f"GetTrialProfilerAvailableSeriesStreamLine.result: expected object, got {type(data).__name__}")
    return _models.GetTrialProfilerAvailableSeriesResponse.from_dict(data)


def request(
    trial_id: int,
    *,
    follow: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "StreamRequest[GetTrialProfilerAvailableSeriesResponse]":
    """This operation, for determined_client.Session.stream: each line's result."""
    kwargs = _get_kwargs(
        trial_id=trial_id,
        follow=follow,
    )
    return StreamRequest("get_trial_profiler_available_series", kwargs, _parse_result, options)
