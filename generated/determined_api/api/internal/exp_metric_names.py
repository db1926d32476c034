from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, Response, StreamRequest, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.exp_metric_names_response import ExpMetricNamesResponse
    from ...models.exp_metric_names_stream_line import ExpMetricNamesStreamLine


def _get_kwargs(
    *,
    ids: list[int],
    period_seconds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids = ids

    params["ids"] = json_ids

    params["periodSeconds"] = period_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/experiments/metrics-stream/metric-names",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | ExpMetricNamesStreamLine":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.ExpMetricNamesStreamLine.from_dict(_response_200)

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
) -> "Response[ApiError | ExpMetricNamesStreamLine]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
    period_seconds: int | Unset = UNSET,
) -> "Response[ApiError | ExpMetricNamesStreamLine]":
    """Stream the metric names of experiments

     The metric names the listed experiments have reported (searcher metric, training and validation
    names, and every group). Answers newline-delimited JSON: a `{"result": ...}` line at once, then one
    every `periodSeconds` with what is new, until the experiments stop or the client disconnects; or a
    line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        ids (list[int]):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ExpMetricNamesStreamLine]
    """

    kwargs = _get_kwargs(
        ids=ids,
        period_seconds=period_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
    period_seconds: int | Unset = UNSET,
) -> "ApiError | ExpMetricNamesStreamLine | None":
    """Stream the metric names of experiments

     The metric names the listed experiments have reported (searcher metric, training and validation
    names, and every group). Answers newline-delimited JSON: a `{"result": ...}` line at once, then one
    every `periodSeconds` with what is new, until the experiments stop or the client disconnects; or a
    line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        ids (list[int]):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ExpMetricNamesStreamLine
    """

    return sync_detailed(
        client=client,
        ids=ids,
        period_seconds=period_seconds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
    period_seconds: int | Unset = UNSET,
) -> "Response[ApiError | ExpMetricNamesStreamLine]":
    """Stream the metric names of experiments

     The metric names the listed experiments have reported (searcher metric, training and validation
    names, and every group). Answers newline-delimited JSON: a `{"result": ...}` line at once, then one
    every `periodSeconds` with what is new, until the experiments stop or the client disconnects; or a
    line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        ids (list[int]):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ExpMetricNamesStreamLine]
    """

    kwargs = _get_kwargs(
        ids=ids,
        period_seconds=period_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
    period_seconds: int | Unset = UNSET,
) -> "ApiError | ExpMetricNamesStreamLine | None":
    """Stream the metric names of experiments

     The metric names the listed experiments have reported (searcher metric, training and validation
    names, and every group). Answers newline-delimited JSON: a `{"result": ...}` line at once, then one
    every `periodSeconds` with what is new, until the experiments stop or the client disconnects; or a
    line `{"error": ...}`.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        ids (list[int]):
        period_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ExpMetricNamesStreamLine
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            period_seconds=period_seconds,
        )
    ).parsed


def _parse_result(data: Any) -> "ExpMetricNamesResponse":
    if not isinstance(data, dict):
        raise TypeError(f"ExpMetricNamesStreamLine.result: expected object, got {type(data).__name__}")
    return _models.ExpMetricNamesResponse.from_dict(data)


def request(
    *,
    ids: list[int],
    period_seconds: int | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "StreamRequest[ExpMetricNamesResponse]":
    """This operation, for determined_client.Session.stream: each line's result."""
    kwargs = _get_kwargs(
        ids=ids,
        period_seconds=period_seconds,
    )
    return StreamRequest("exp_metric_names", kwargs, _parse_result, options)
